/**
 * Spanish texts of the public pages loaded on demand: the pre-session page (/before/CODE) and
 * the privacy page (/privacy, written in plain words for young readers). Same keys, in the
 * same order, as en.public.ts.
 */
import { pluralCountsPublicEs } from './pluralCounts.es.ts';

export const esPublic = {
  ...pluralCountsPublicEs,
  'title.privacy': 'Su privacidad · OpenFloor',
  'privacy.title': 'Su privacidad',
  'privacy.lead': 'Con OpenFloor puede votar, hacer preguntas y levantar la mano. Aquí le contamos qué guardamos sobre usted, quién lo ve y por cuánto tiempo.',
  'privacy.keepTitle': 'Lo que guardamos',
  'privacy.keep.code': 'Un código al azar, solo para esta sesión. No es su nombre. Si se une a otra sesión, recibe un código nuevo.',
  'privacy.keep.channel': 'Si está en la sala o en línea.',
  'privacy.keep.actions': 'Sus votos, sus preguntas y su mano levantada.',
  'privacy.keep.groups': 'Los grupos que usted elige compartir, si quiere. En las sesiones para jóvenes, nunca le preguntamos su género.',
  'privacy.neverTitle': 'Lo que nunca guardamos',
  'privacy.never.identity': 'Su nombre, edad, dirección o foto. Guardamos un correo o un número de teléfono solo si se inscribe en un evento de seguimiento y dice que sí.',
  'privacy.never.device': 'Su dirección de internet (dirección IP), o el nombre de su teléfono o de su navegador.',
  'privacy.never.trackers': 'Nada de otros sitios web: ni anuncios ni rastreadores.',
  'privacy.whoTitle': 'Quién ve qué',
  'privacy.who.votes': 'Nadie ve lo que usted votó. Todos ven los totales.',
  'privacy.who.questions': 'Los moderadores ven todas las preguntas, también las que esperan su revisión. Ven la pregunta, pero no quién la envió.',
  'privacy.who.screen': 'En las sesiones para jóvenes, la pantalla grande nunca muestra un nombre. Muestra «Participante».',
  'privacy.howLongTitle': 'Cuánto tiempo lo guardamos',
  'privacy.howLong.days': 'El anfitrión elige un número de días, contados desde el final de la sesión. Si no elige, son 30 días.',
  'privacy.howLong.then': 'Después, sus votos, preguntas y mano levantada se borran. Solo quedan los totales, como «40 personas eligieron esta respuesta».',
  'privacy.choicesTitle': 'Sus opciones',
  'privacy.choices.skip': 'Puede saltarse todas las preguntas sobre usted, retirar una pregunta o irse cuando quiera.',
  'privacy.choices.phone': 'Su teléfono guarda su código para que pueda volver si la página se recarga. Para quitarlo, borre los datos de este sitio en su navegador.',
  'privacy.choices.ask': 'Para ver o borrar lo que se guarda sobre usted, pregunte a las personas que organizan la sesión.',
  'privacy.back': 'Volver',
  'title.before': 'Antes de la sesión — {title}',
  'guidelines.none': 'No hay pautas para esta sesión.',
  'before.heading': 'Antes de la sesión',
  'before.intro': 'Esto es lo que puede esperar. El día de la sesión, únase con el código de abajo o con el código QR de la pantalla grande; no necesita cuenta ni nombre.',
  'before.joinCode': 'Código de acceso',
  'before.agenda': 'Orden del día',
  'before.minutes': '{count} min',
  'before.notFound': 'Ninguna sesión tiene este código. Compruebe el enlace que recibió.',
  'before.loading': 'Cargando…',
} as const;

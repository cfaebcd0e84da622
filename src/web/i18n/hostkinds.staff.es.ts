/** Textos en español de los campos propios de cada tipo de encuesta en la página del anfitrión (POLL-39). Se integran en el catálogo del personal. */
export const hostKindsStaffEs = {
  'hostKinds.scaleMin': 'Punto más bajo',
  'hostKinds.scaleMax': 'Punto más alto',
  'hostKinds.correct': 'Respuestas correctas',
  'hostKinds.correctHint': 'Marque cada respuesta correcta; las opciones son las líneas de arriba.',
  'hostKinds.correctNone': 'Escriba primero las opciones arriba y luego marque aquí las correctas.',
} as const;

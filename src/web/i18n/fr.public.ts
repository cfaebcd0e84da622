/**
 * French texts of the public pages loaded on demand: the pre-session page (/before/CODE) and
 * the privacy page (/privacy, written in plain words for young readers). Same keys, in the
 * same order, as en.public.ts.
 */
import { pluralCountsPublicFr } from './pluralCounts.fr.ts';

export const frPublic = {
  ...pluralCountsPublicFr,
  'title.privacy': 'Votre vie privée · OpenFloor',
  'privacy.title': 'Votre vie privée',
  'privacy.lead': 'Avec OpenFloor, vous pouvez voter, poser des questions et lever la main. Voici ce que nous gardons sur vous, qui le voit et pendant combien de temps.',
  'privacy.keepTitle': 'Ce que nous gardons',
  'privacy.keep.code': 'Un code au hasard, pour cette session seulement. Ce n’est pas votre nom. Si vous rejoignez une autre session, vous recevez un nouveau code.',
  'privacy.keep.channel': 'Si vous êtes dans la salle ou en ligne.',
  'privacy.keep.actions': 'Vos votes, vos questions et votre main levée.',
  'privacy.keep.groups': 'Les groupes que vous choisissez de donner, si vous le voulez. Dans les sessions pour les jeunes, nous ne demandons jamais votre genre.',
  'privacy.neverTitle': 'Ce que nous ne gardons jamais',
  'privacy.never.identity': 'Votre nom, votre âge, votre adresse ou votre photo. Nous gardons un e-mail ou un numéro de téléphone seulement si vous vous inscrivez à un événement de suivi et que vous dites oui.',
  'privacy.never.device': 'Votre adresse internet (adresse IP), ou le nom de votre téléphone ou de votre navigateur.',
  'privacy.never.trackers': 'Rien qui vient d’autres sites : pas de publicité et pas de traceurs.',
  'privacy.whoTitle': 'Qui voit quoi',
  'privacy.who.votes': 'Personne ne voit pour quoi vous avez voté. Tout le monde voit les totaux.',
  'privacy.who.questions': 'Les modérateurs voient toutes les questions, même celles qui les attendent. Ils voient la question, pas qui l’a envoyée.',
  'privacy.who.screen': 'Dans les sessions pour les jeunes, le grand écran ne montre jamais de nom. Il affiche « Participant ».',
  'privacy.howLongTitle': 'Combien de temps nous le gardons',
  'privacy.howLong.days': 'L’hôte choisit un nombre de jours, comptés à partir de la fin de la session. S’il ne choisit pas, c’est 30 jours.',
  'privacy.howLong.then': 'Ensuite, vos votes, vos questions et votre main levée sont effacés. Seuls les totaux restent, comme « 40 personnes ont choisi cette réponse ».',
  'privacy.choicesTitle': 'Vos choix',
  'privacy.choices.skip': 'Vous pouvez sauter toutes les questions sur vous, retirer une question ou partir quand vous voulez.',
  'privacy.choices.phone': 'Votre téléphone garde votre code pour que vous puissiez revenir si la page se recharge. Pour l’enlever, effacez les données de ce site dans votre navigateur.',
  'privacy.choices.ask': 'Pour voir ou effacer ce que nous gardons sur vous, demandez aux personnes qui organisent la session.',
  'privacy.back': 'Retour',
  'title.before': 'Avant la session — {title}',
  'guidelines.none': 'Pas de consignes pour cette session.',
  'before.heading': 'Avant la session',
  'before.intro': 'Voici à quoi vous attendre. Le jour venu, rejoignez la session avec le code ci-dessous ou le QR code du grand écran ; ni compte ni nom ne sont nécessaires.',
  'before.joinCode': 'Code d’accès',
  'before.agenda': 'Ordre du jour',
  'before.minutes': '{count} min',
  'before.notFound': 'Aucune session n’a ce code. Vérifiez le lien que vous avez reçu.',
  'before.loading': 'Chargement…',
} as const;

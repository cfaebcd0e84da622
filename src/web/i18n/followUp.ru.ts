/**
 * Russian texts of the host's follow-up event (REPORT-13): the phone's sign-up card and the
 * host's panel. Spread into the later part (later.<lang>.ts): a phone shows the card only when
 * the host announced an event, so its texts are fetched when it first shows (WEB-7).
 */
export const followUpRu = {
  'followUp.heading': 'После этой сессии',
  'followUp.kind.webinar': 'Вебинар',
  'followUp.kind.training': 'Обучение',
  'followUp.kind.partnership_call': 'Встреча о партнёрстве',
  'followUp.when': 'Когда: {time}',
  'followUp.ageQuestion': 'Вам меньше 18 лет?',
  'followUp.ageYes': 'Да, мне меньше 18 лет',
  'followUp.ageNo': 'Нет, мне 18 лет или больше',
  'followUp.youthLink': 'Мы не просим у вас e-mail или номер телефона. Подробнее — на странице организаторов:',
  'followUp.youthNoLink': 'Мы не просим у вас e-mail или номер телефона. Спросите организаторов, как принять участие.',
  'followUp.publicLink': 'Страница организаторов',
  'followUp.contact': 'Ваш e-mail или номер телефона',
  'followUp.contactHint': 'Его видит только организатор. Он удаляется вместе с данными сессии.',
  'followUp.consent': 'Использовать мой контакт только для того, чтобы сообщить мне об этом мероприятии.',
  'followUp.signUp': 'Записаться',
  'followUp.signedUp': 'Вы записаны. Организатор свяжется с вами только по поводу этого мероприятия.',
  'followUp.failed': 'Не получилось. Проверьте контакт и попробуйте снова.',
  'followUp.announce': 'Объявить',
} as const;

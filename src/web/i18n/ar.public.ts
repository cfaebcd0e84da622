/**
 * Arabic (Modern Standard Arabic) texts of the public pages loaded on demand: the pre-session
 * page and the privacy page (plain words, for young readers). The translation of en.public.ts:
 * same keys, same order.
 */
import { pluralCountsPublicAr } from './pluralCounts.ar.ts';

export const arPublic = {
  ...pluralCountsPublicAr,
  'title.privacy': 'خصوصيتك · OpenFloor',
  'privacy.title': 'خصوصيتك',
  'privacy.lead': 'يتيح لك OpenFloor أن تصوّت وتطرح أسئلة وترفع يدك. إليك ما يحفظه عنك، ومن يراه، وإلى متى.',
  'privacy.keepTitle': 'ما نحفظه',
  'privacy.keep.code': 'رمز عشوائي، لهذه الجلسة فقط. ليس اسمك. إذا انضممت إلى جلسة أخرى، تحصل على رمز جديد.',
  'privacy.keep.channel': 'هل أنت في القاعة أم عبر الإنترنت.',
  'privacy.keep.actions': 'أصواتك وأسئلتك ويدك المرفوعة.',
  'privacy.keep.groups': 'المجموعات التي تختار أن تذكرها، إن وُجدت. في الجلسات المخصصة للشباب، لا نسألك أبدًا عن نوعك الاجتماعي.',
  'privacy.neverTitle': 'ما لا نحفظه أبدًا',
  'privacy.never.identity': 'اسمك أو عمرك أو عنوان منزلك أو صورتك. لا نحفظ بريدك الإلكتروني أو رقم هاتفك إلا إذا سجّلت في فعالية متابعة ووافقت على ذلك.',
  'privacy.never.device': 'عنوانك على الإنترنت (عنوان IP)، أو اسم هاتفك أو متصفحك.',
  'privacy.never.trackers': 'لا شيء من مواقع أخرى: لا إعلانات ولا أدوات تتبّع.',
  'privacy.whoTitle': 'من يرى ماذا',
  'privacy.who.votes': 'لا أحد يرى كيف صوّتَّ. الجميع يرون المجموع.',
  'privacy.who.questions': 'يرى المشرفون كل سؤال، حتى الأسئلة التي تنتظرهم. يرون السؤال، لا من أرسله.',
  'privacy.who.screen': 'في الجلسات المخصصة للشباب، لا تعرض الشاشة الكبيرة أي اسم أبدًا. تعرض «مشارك».',
  'privacy.howLongTitle': 'إلى متى نحفظه',
  'privacy.howLong.days': 'يختار المضيف عددًا من الأيام، يبدأ عدّها من نهاية الجلسة. إذا لم يختر المضيف، تكون المدة 30 يومًا.',
  'privacy.howLong.then': 'بعد ذلك تُحذف أصواتك وأسئلتك ويدك المرفوعة. لا يبقى إلا المجموع، مثل «40 شخصًا اختاروا هذه الإجابة».',
  'privacy.choicesTitle': 'اختياراتك',
  'privacy.choices.skip': 'يمكنك تخطّي كل سؤال عن نفسك، أو سحب سؤال طرحته، أو المغادرة في أي وقت.',
  'privacy.choices.phone': 'يحفظ هاتفك رمزك لكي تعود بعد إعادة تحميل الصفحة. لحذفه، امسح بيانات هذا الموقع في متصفحك.',
  'privacy.choices.ask': 'لترى ما يُحفظ عنك أو تحذفه، اسأل منظّمي الجلسة.',
  'privacy.back': 'رجوع',
  'title.before': 'قبل الجلسة — {title}',
  'guidelines.none': 'لا توجد إرشادات لهذه الجلسة.',
  'before.heading': 'قبل الجلسة',
  'before.intro': 'إليك ما ينتظرك. في يوم الجلسة، انضم بالرمز أدناه أو برمز QR المعروض على الشاشة الكبيرة؛ لا حاجة إلى حساب ولا إلى اسم.',
  'before.joinCode': 'رمز الانضمام',
  'before.agenda': 'جدول الأعمال',
  'before.minutes': '{count} د',
  'before.notFound': 'لا توجد جلسة بهذا الرمز. تحقّق من الرابط الذي أُرسل إليك.',
  'before.loading': 'جارٍ التحميل…',
} as const;

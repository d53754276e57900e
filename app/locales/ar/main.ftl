# English: the reference language of the WSIS Prizes platform.
# Keys are grouped by page; messages used as error codes end in -required, -invalid, etc.

site-name = جوائز القمة العالمية لمجتمع المعلومات
meta-description = جوائز القمة العالمية لمجتمع المعلومات مسابقة سنوية للاتحاد الدولي للاتصالات تكرّم المشاريع التي تجسّد نتائج القمة: قدّم مشروعك، وصوّت للمشاريع التي تؤمن بها، واكتشف الفائزين.
footer-text = جوائز القمة العالمية لمجتمع المعلومات مسابقة سنوية ينظمها الاتحاد الدولي للاتصالات للمشاريع التي تضع خطوط عمل القمة العالمية لمجتمع المعلومات موضع التنفيذ.

## Navigation
nav-label = القائمة الرئيسية
nav-languages = اللغات
nav-skip = الانتقال إلى المحتوى
nav-home = الصفحة الرئيسية
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-register = التسجيل
nav-admin = الأمانة

## Dates: { $day } { $month } { $year }, { $time } { $zone }
datetime = { $day } { $month } { $year }، { $time } { $zone }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Phases
phase-submission = تقديم المشاريع
phase-screening = فرز المشاريع وإعداد الخبراء للقائمة المختصرة
phase-voting = التصويت العام عبر الإنترنت
phase-selection = اختيار الفائزين
phase-publication = نشر أسماء الفائزين والأبطال
standing-open = مرحلة «{ $phase }» مفتوحة حتى { $when }.
standing-upcoming = تبدأ مرحلة «{ $phase }» في { $when }.
standing-over = انتهت هذه الدورة. شكراً لكل من شارك فيها.

## Home
home-eyebrow = الاتحاد الدولي للاتصالات · القمة العالمية لمجتمع المعلومات
home-lead = مشاريع من الحكومات ومؤسسات الأعمال والمجتمع المدني والمنظمات الدولية والأوساط الأكاديمية توصل فوائد تكنولوجيا المعلومات والاتصالات إلى الناس في كل مكان. قدّم مشروعك، وصوّت للمشاريع التي تؤمن بها، واكتشف الفائزين.
home-calendar = الجدول الزمني
home-categories = الفئات الثماني عشرة
home-no-edition = لم تُنشأ أي دورة بعد.

## Categories
category-eyebrow = الفئة { $code }
category-counts = المرشحون: { $nominees } · الأبطال: { $champions } · الفائزون: { $winners }
category-nominees = المرشحون
category-nominees-list = قائمة المرشحين
category-champions = الأبطال
category-winners = الفائزون

## Forms
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = 12 حرفاً على الأقل. بضع كلمات لا رابط بينها تشكّل كلمة مرور جيدة.
field-new-password = كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-name = اسمك
field-organisation = المنظمة
field-country = بلد المنظمة
field-region = منطقة الاتحاد الدولي للاتصالات
field-stakeholder-type = فئة أصحاب المصلحة
field-language = لغة رسائل البريد الإلكتروني
field-choose = اختر…

stakeholder-government = الحكومة
stakeholder-business-sector = قطاع الأعمال
stakeholder-civil-society = المجتمع المدني
stakeholder-international-organisation = منظمة دولية
stakeholder-academia = الأوساط الأكاديمية
stakeholder-other = أخرى

region-africa = إفريقيا
region-americas = الأمريكتان
region-arab-states = الدول العربية
region-asia-pacific = آسيا والمحيط الهادئ
region-cis = كومنولث الدول المستقلة
region-europe = أوروبا

## Field messages
email-required = أدخل عنوان بريدك الإلكتروني.
email-invalid = هذا ليس عنوان بريد إلكتروني صالحاً.
email-too-long = عنوان البريد الإلكتروني هذا طويل جداً.
email-taken = يوجد حساب يستخدم عنوان البريد الإلكتروني هذا بالفعل. سجّل الدخول أو أعد تعيين كلمة المرور.
email-already-confirmed = تم تأكيد عنوان بريدك الإلكتروني بالفعل.
password-too-short = استخدم 12 حرفاً على الأقل.
password-too-long = استخدم 256 حرفاً على الأكثر.
password-too-common = كلمة المرور هذه شائعة جداً أو يسهل تخمينها. جرّب بضع كلمات لا رابط بينها.
credentials-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
name-required = أدخل اسمك.
name-too-long = استخدم 200 حرف على الأكثر.
name-invalid-characters = احذف أحرف التحكم.
organisation-required = أدخل اسم منظمتك.
organisation-too-long = استخدم 300 حرف على الأكثر.
organisation-invalid-characters = احذف أحرف التحكم.
title-required = أدخل عنواناً.
title-too-long = استخدم 200 حرف على الأكثر.
title-invalid-characters = احذف أحرف التحكم.
country-required = اختر بلداً.
stakeholder-type-required = اختر فئة أصحاب المصلحة.
link-invalid = هذا الرابط غير صالح. انسخ الرابط كاملاً من رسالة البريد الإلكتروني.
link-used = سبق استخدام هذا الرابط.
link-expired = انتهت صلاحية هذا الرابط. اطلب رابطاً جديداً.
reason-required = اذكر السبب؛ إذ يُحفظ في سجل التدقيق.
reason-too-long = استخدم 2000 حرف على الأكثر.

## Errors
error-invalid = بعض الحقول تحتاج إلى مراجعتك.
error-not-found = هذه الصفحة غير موجودة.
error-unauthenticated = سجّل الدخول للمتابعة.
error-forbidden = ليست لديك صلاحية القيام بذلك.
error-conflict = يتعارض هذا مع بيانات موجودة.
error-phase-closed = لا يمكن القيام بذلك في المرحلة الحالية من الدورة.
error-rate-limited = محاولات كثيرة جداً. أعد المحاولة بعد { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
error-internal = حدث خطأ من جانبنا. يُرجى إعادة المحاولة لاحقاً.
error-request = تعذّر إتمام الطلب. تحقّق من اتصالك وأعد المحاولة.
account-disabled = تم تعطيل هذا الحساب. اتصل بأمانة القمة العالمية لمجتمع المعلومات.

## Registration
register-title = إنشاء حسابك
register-lead = يتيح لك حساب واحد تقديم المشاريع ومتابعتها والمشاركة في التصويت العام عبر الإنترنت.
register-submit = إنشاء حسابي
register-have-account = لديّ حساب بالفعل
register-done-title = تحقّق من صندوق بريدك
register-done-body = أرسلنا إليك رابطاً لتأكيد عنوان بريدك الإلكتروني، وهو صالح لمدة 48 ساعة. يمكنك تسجيل الدخول من الآن؛ وستتمكن من تقديم المشاريع والتصويت بعد تأكيد عنوانك.

## E-mail confirmation
confirm-title = تأكيد عنوان بريدك الإلكتروني
confirm-ok = شكراً لك: تم تأكيد عنوان بريدك الإلكتروني.
confirm-resend-hint = سجّل الدخول وافتح «حسابي» لتلقي رابط جديد.

## Sign in
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-forgot = هل نسيت كلمة المرور؟
login-register = إنشاء حساب

## Password reset
forgot-title = إعادة تعيين كلمة المرور
forgot-lead = أدخل عنوان البريد الإلكتروني الخاص بحسابك. سنرسل إليك رابطاً لاختيار كلمة مرور جديدة؛ وهو صالح لمدة ساعة واحدة ولا يمكن استخدامه إلا مرة واحدة.
forgot-submit = أرسل إليّ رابطاً
forgot-sent = إذا كان هناك حساب يستخدم هذا العنوان، فإن الرابط في طريقه إليك. تحقّق من صندوق بريدك.
reset-title = اختيار كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور. سجّل الدخول باستخدام كلمة المرور الجديدة.

## My account
account-title = حسابي
account-profile = الملف الشخصي
account-save = حفظ
account-saved = تم حفظ ملفك الشخصي.
account-change-password = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور، وتم تسجيل الخروج من الأجهزة الأخرى.
account-confirmed = مؤكَّد
account-unconfirmed = البريد الإلكتروني غير مؤكَّد
account-resend = إعادة إرسال رابط التأكيد
account-confirmation-sent = تم إرسال رابط تأكيد جديد.

## Roles
role-expert = خبير
role-secretariat = الأمانة
role-unknown = دور غير معروف.
role-already-granted = هذا الحساب لديه هذا الدور بالفعل.
role-not-granted = هذا الحساب ليس لديه هذا الدور.

## Secretariat
admin-title = الأمانة
admin-accounts = الحسابات
admin-accounts-count = عدد الحسابات: { $count }
admin-unmailable-title = عناوين لا يصلها البريد
admin-unmailable-help = عدد الحسابات التي يرفض خادم البريد عناوينها (أُنشئت قبل التحقق من العناوين به): { $count }. لا يصلها أي تأكيد أو إعادة تعيين أو دعوة. اطلب من أصحابها عنوانًا مصححًا.
admin-search = البحث بالبريد الإلكتروني أو الاسم أو المنظمة
admin-search-submit = بحث
admin-status = الحالة
admin-status-active = نشط
admin-status-unconfirmed = البريد الإلكتروني غير مؤكَّد
admin-status-disabled = معطَّل
admin-roles = الأدوار
admin-act = الإجراء
admin-reason = السبب
admin-apply = تطبيق
admin-not-yourself = لا يمكنك القيام بذلك على حسابك الخاص.
admin-op-unknown = إجراء غير معروف.
admin-op-grant-expert = منح دور الخبير
admin-op-revoke-expert = سحب دور الخبير
admin-op-grant-secretariat = منح دور الأمانة
admin-op-revoke-secretariat = سحب دور الأمانة
admin-op-disable = تعطيل الحساب
admin-op-enable = تفعيل الحساب
admin-mail = البريد المحتجز
admin-mail-lead = لم يُهيَّأ أي خادم بريد، لذا تُحفظ الرسائل هنا بدلاً من إرسالها. اضبط WSIS_SMTP_URL لإرسالها.
admin-mail-empty = لا توجد رسائل بعد.
admin-audit = سجل التدقيق
admin-audit-chain-ok = سلسلة قيود سجل التدقيق سليمة.
admin-audit-chain-broken = سلسلة قيود سجل التدقيق منقطعة عند القيد { $id }: فقد عُدِّل قيد أو حُذف.
admin-audit-when = متى
admin-audit-who = مَن
admin-audit-what = ماذا
admin-audit-system = النظام

## Calendar
calendar-title = الدورة والجدول الزمني
calendar-edition-title = عنوان الدورة
calendar-time-zone = المنطقة الزمنية
calendar-time-zone-hint = اسم وفق قاعدة بيانات IANA مثل Europe/Zurich (جنيف). التواريخ أدناه بتوقيت هذه المنطقة الزمنية.
calendar-phase = المرحلة
calendar-opens = البدء
calendar-closes = الانتهاء
calendar-opened = بدأت
calendar-reason = سبب التغيير
calendar-reason-hint = مطلوب عند تغيير مرحلة سبق أن بدأت؛ ويُحفظ في سجل التدقيق.
calendar-save = حفظ الجدول الزمني
calendar-saved = تم حفظ الجدول الزمني.
calendar-phase-missing = يجب أن يكون لكل مرحلة تاريخ بدء وتاريخ انتهاء.
calendar-closes-before-opens = يجب أن تنتهي المرحلة بعد بدئها.
calendar-overlap = تبدأ هذه المرحلة قبل انتهاء المرحلة السابقة.
calendar-date-invalid = أدخل تاريخاً ووقتاً.
calendar-time-zone-unknown = منطقة زمنية غير معروفة. استخدم اسماً وفق قاعدة بيانات IANA مثل Europe/Zurich.
calendar-reason-required = يجري تغيير مرحلة سبق أن بدأت: اذكر السبب.

## Mail
mail-confirm-subject = أكّد عنوان بريدك الإلكتروني لجوائز القمة العالمية لمجتمع المعلومات
mail-confirm-body =
    عزيزي/عزيزتي { $name }،

    شكراً لتسجيلك في منصة جوائز القمة العالمية لمجتمع المعلومات. يُرجى تأكيد عنوان بريدك الإلكتروني بفتح هذا الرابط في غضون 48 ساعة:

    { $link }

    إذا لم تقم بالتسجيل، يمكنك تجاهل هذه الرسالة.

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات
mail-reset-subject = إعادة تعيين كلمة مرور حسابك في جوائز القمة العالمية لمجتمع المعلومات
mail-reset-body =
    عزيزي/عزيزتي { $name }،

    طلب أحدهم إعادة تعيين كلمة مرور حسابك في جوائز القمة العالمية لمجتمع المعلومات. لاختيار كلمة مرور جديدة، افتح هذا الرابط في غضون ساعة واحدة:

    { $link }

    إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة؛ وستبقى كلمة المرور كما هي.

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات

## Categories (secretariat)
categories-title = الفئات
categories-saved = تم حفظ الفئة.
categories-opened = بدأت مرحلة تقديم المشاريع: يعتمد مقدمو المشاريع على هذه الفئات. ويتطلب كل تغيير ذكر السبب، ويُحفظ في سجل التدقيق.
categories-add = إضافة فئة أو جائزة خاصة
categories-add-hint = على سبيل المثال «تقدير خاص» لا يرتبط بأي خط عمل، أو جائزة مستقلة. وتشارك في جميع المراحل مثل فئات خطوط العمل.
categories-save = حفظ الفئة
category-code = الرمز
category-number = الترتيب
category-special = جائزة خاصة (ليست خط عمل)
category-title-en = العنوان باللغة الإنكليزية
category-description-en = الوصف باللغة الإنكليزية
category-title-fr = العنوان باللغة الفرنسية (اختياري؛ يُعرض النص الإنكليزي إلى حين ترجمته)
category-description-fr = الوصف باللغة الفرنسية (اختياري)
category-title-es = العنوان باللغة الإسبانية (اختياري؛ يُعرض النص الإنكليزي إلى حين ترجمته)
category-description-es = الوصف باللغة الإسبانية (اختياري)
category-title-ru = العنوان باللغة الروسية (اختياري؛ يُعرض النص الإنكليزي إلى حين ترجمته)
category-description-ru = الوصف باللغة الروسية (اختياري)
category-title-zh = العنوان باللغة الصينية (اختياري؛ يُعرض النص الإنكليزي إلى حين ترجمته)
category-description-zh = الوصف باللغة الصينية (اختياري)
category-title-ar = العنوان باللغة العربية (اختياري؛ يُعرض النص الإنكليزي إلى حين ترجمته)
category-description-ar = الوصف باللغة العربية (اختياري)
category-reason = سبب التغيير (اختياري قبل بدء تقديم المشاريع)
category-reason-required-label = سبب التغيير (مطلوب)
category-code-invalid = استخدم 20 حرفاً أو رقماً أو نقطة أو شرطة على الأكثر، مثل C7.4.
category-code-taken = تستخدم فئة أخرى في هذه الدورة هذا الرمز بالفعل.
category-number-invalid = أدخل عدداً صحيحاً من 1 إلى 999.
category-count-invalid = أدخل عدداً صحيحاً من 1 إلى 1000.
category-champions-over-nominees = لا يمكن أن يكون عدد الأبطال أكبر من عدد المرشحين.
category-winners-over-champions = لا يمكن أن يكون عدد الفائزين أكبر من عدد الأبطال.
category-text-required = هذا النص مطلوب.
category-text-too-long = هذا النص طويل جداً.
category-reason-required = بدأ تقديم المشاريع: اذكر سبب هذا التغيير.

## Submissions
nav-submissions = مشاريعي المقدَّمة
submissions-title = مشاريعي المقدَّمة
submissions-none = لم تقدّم أي مشروع بعد.
submissions-new = تقديم مشروع
submissions-start = بدء مسودة
submission-title = المشروع المقدَّم
submission-category = الفئة
submission-status = الحالة
submission-missing = ما زال ناقصاً
submission-untitled = (مسودة بلا عنوان)
submission-until = حتى { $when }
submission-sent = أُرسل مشروعك المقدَّم إلى أمانة القمة العالمية لمجتمع المعلومات. وسنُبلغك بنتيجة فرزه بالبريد الإلكتروني.
submission-changes-asked = تطلب الأمانة إجراء تغييرات:
submission-decisions = الفرز
submission-needs-js = مع JavaScript، تعدّ هذه الاستمارة الكلمات أثناء الكتابة. ومن دونها تعمل الاستمارة بالقدر نفسه: تُعدّ الكلمات عند الحفظ.
submission-saved = تم حفظ مسودتك.
submission-save = حفظ المسودة
submission-send = الإرسال إلى الأمانة
submission-complete = تم ملء جميع الحقول المطلوبة. وبعد الإرسال، لا يمكن تعديل المشروع المقدَّم ما لم تطلب الأمانة إجراء تغييرات.
submission-still-missing = قبل الإرسال، أكمل ما يلي:
submission-send-button = إرسال مشروعي
submission-action-lines-hint = خطوط عمل القمة العالمية لمجتمع المعلومات التي يسهم المشروع في تحقيقها، مفصولة بفواصل، مثل C2, C7.4.
submission-sdgs-hint = أهداف التنمية المستدامة التي يسهم المشروع في تحقيقها (من 1 إلى 17)، مفصولة بفواصل، مثل 3, 5, 10.
submission-start-date-hint = السنة والشهر، مثل 2023-04.
submission-field-title = عنوان المشروع
submission-field-organisation = المنظمة (الكيان)
submission-field-country = بلد المنظمة
submission-field-stakeholder-type = فئة أصحاب المصلحة
submission-field-short-description = وصف موجز (يقرؤه المصوّتون)
submission-field-action-lines = خطوط عمل القمة العالمية لمجتمع المعلومات
submission-field-sdgs = أهداف التنمية المستدامة
submission-field-impact-qualitative = الأثر النوعي
submission-field-impact-quantitative = الأثر الكمي
submission-field-partnerships = الشراكات
submission-field-challenges = التحديات والخطط المستقبلية
submission-field-start-date = تاريخ البدء
submission-field-project-status = حالة المشروع
submission-field-website = الموقع الإلكتروني
words-between = عدد الكلمات: { $n } (بين { $min } و{ $max })
words-at-most = عدد الكلمات: { $n } (بحد أقصى { $max })
status-draft = مسودة
status-submitted = مُرسَل، في انتظار الفرز
status-changes-requested = مطلوب إجراء تغييرات
status-eligible = مؤهَّل
status-not-eligible = غير مؤهَّل
project-status-completed = مكتمل
project-status-major-phase-completed = اكتملت مرحلة رئيسية منه
decision-eligible = مؤهَّل
decision-not-eligible = غير مؤهَّل
decision-changes-requested = مطلوب إجراء تغييرات
decision-moved = نُقل إلى فئة أخرى
decision-changes-lapsed = انقضى أجل التغييرات؛ أُعيد إلى الفرز على حاله
flag-similar-title = عنوان مطابق أو مشابه جداً لعنوان المشروع المقدَّم
flag-same-entity-category = المنظمة نفسها في الفئة نفسها مثل المشروع المقدَّم
flag-similar-description = وصف مشابه جداً لوصف المشروع المقدَّم
flag-past-winner = يطابق فائزاً سابقاً:
flag-past-champion = بطل سابق (مؤهَّل):
submission-confirm-email-first = أكّد عنوان بريدك الإلكتروني أولاً: افتح الرابط الذي أرسلناه إليك، أو اطلب رابطاً جديداً من «حسابي».
submission-phase-closed = انتهت مرحلة تقديم المشاريع: لم يعد من الممكن تعديل المسودات أو إرسالها.
submission-deadline-passed = انقضى الموعد النهائي لإجراء التغييرات.
submission-locked = أُرسل هذا المشروع المقدَّم ولم يعد من الممكن تعديله.
submission-entity-taken = لدى هذه المنظمة بالفعل مشروع مقدَّم في هذه الفئة في هذه الدورة. إن كنت ترى أن في ذلك خطأً، فاكتب إلى الأمانة: { $contact }.
category-required = اختر فئة.
short-description-too-long = الوصف الموجز طويل جداً: اختصره إلى الحد المسموح به من الكلمات.
short-description-too-short = الوصف الموجز قصير جداً: يحتاج إلى مزيد من الكلمات.
long-text-too-long = هذا النص طويل جداً: اختصره إلى الحد المسموح به من الكلمات.
long-text-required = هذا النص مطلوب.
sdgs-invalid = استخدم أرقام أهداف التنمية المستدامة من 1 إلى 17، مفصولة بفواصل.
sdgs-required = اذكر هدفاً واحداً على الأقل من أهداف التنمية المستدامة.
action-lines-invalid = استخدم رموز خطوط عمل القمة العالمية لمجتمع المعلومات، مثل C1 أو C7.4، مفصولة بفواصل.
website-invalid = أدخل عنوان موقع إلكتروني يبدأ بـ https://
start-date-invalid = أدخل السنة والشهر اللذين بدأ فيهما المشروع، مثل 2023-04.
project-status-required = حدّد ما إذا كان المشروع قد اكتمل أو اكتملت مرحلة رئيسية منه.
changes-days-invalid = أدخل عدداً من الأيام من 1 إلى 60.
decision-unknown = اختر قراراً.

## Screening
screening-title = الفرز
screening-any = الكل
screening-flagged-only = ذات التنبيهات فقط
screening-filter = تصفية
screening-counts = المشاريع المقدَّمة: { $total } — في انتظار الفرز: { $submitted }، مطلوب إجراء تغييرات: { $changes }، مؤهَّلة: { $eligible }، غير مؤهَّلة: { $not_eligible }، مسحوبة: { $withdrawn }
screening-flags = التنبيهات
screening-decided = تم تسجيل القرار وإبلاغ المالكين.
notes-title = ملاحظات داخلية
notes-lead = لا تقرأ هذه الملاحظات إلا الأمانة: لا يراها أصحاب الترشيح أبدًا.
notes-none = لا ملاحظات بعد.
notes-by = { $author }، { $at }:
notes-body = ملاحظة للأمانة
notes-add = إضافة الملاحظة
notes-added = أُضيفت الملاحظة.
note-empty = اكتب الملاحظة أولًا.
note-too-long = لا تتجاوز الملاحظة 4000 حرف.
screening-decide = القرار
screening-decision = القرار
screening-text = السبب أو رسالة إلى المالك
screening-text-hint = مطلوب إلا في حالة «مؤهَّل». يقرؤه المالك.
screening-days = عدد الأيام المتاحة لإجراء التغييرات
screening-days-hint = لحالة «مطلوب إجراء تغييرات» فقط؛ القيمة الافتراضية 7.
screening-to-category = النقل إلى الفئة (الرمز)
screening-to-category-hint = لحالة «نُقل إلى فئة أخرى» فقط، مثل C7.3.
screening-record = تسجيل القرار
screening-closed = الفرز غير مفتوح: تُتخذ القرارات خلال مرحلة الفرز.

## Mail about submissions
mail-submitted-subject = جوائز القمة العالمية لمجتمع المعلومات: تم استلام مشروعك المقدَّم «{ $title }»
mail-submitted-body =
    عزيزي/عزيزتي { $name }،

    أُرسل مشروعك المقدَّم «{ $title }» إلى أمانة القمة العالمية لمجتمع المعلومات، التي ستتولى فرزه. وستصلك رسالة بالبريد الإلكتروني بشأن النتيجة.

    { $link }

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات
mail-decision-subject = جوائز القمة العالمية لمجتمع المعلومات: فرز «{ $title }»
mail-decision-eligible-body =
    عزيزي/عزيزتي { $name }،

    تبيّن أن مشروعك المقدَّم «{ $title }» مؤهَّل لجوائز القمة العالمية لمجتمع المعلومات. وسيُعدّ الخبراء الآن القائمة المختصرة للمرشحين.

    { $link }

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات
mail-decision-not-eligible-body =
    عزيزي/عزيزتي { $name }،

    تعذّر قبول مشروعك المقدَّم «{ $title }». والسبب الذي ذكرته الأمانة هو:

    { $message }

    { $link }

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات
mail-decision-changes-body =
    عزيزي/عزيزتي { $name }،

    تطلب منك الأمانة إجراء تغييرات على مشروعك المقدَّم «{ $title }»:

    { $message }

    يُرجى إجراء التغييرات وإعادة إرسال المشروع المقدَّم قبل الموعد النهائي المذكور أعلاه؛ وبعد انقضائه، سيُفرز المشروع على حاله.

    { $link }

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات
mail-decision-moved-body =
    عزيزي/عزيزتي { $name }،

    نُقل مشروعك المقدَّم «{ $title }» إلى فئة أخرى. والسبب الذي ذكرته الأمانة هو:

    { $message }

    { $link }

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات
submission-field-picture = صورة أو شعار
submission-picture-alt = صورة المشروع
submission-picture-choose = اختر صورة (PNG أو JPEG أو WebP)
submission-picture-hint = حتى { $mb } ميغابايت. يجري التحقق من الصورة وتحويلها قبل تخزينها.
submission-picture-upload = رفع الصورة
picture-required = اختر ملفاً لرفعه.
picture-too-large = هذا الملف كبير جداً.
picture-not-image = هذا الملف ليس صورة بتنسيق PNG أو JPEG أو WebP.
picture-too-many-pixels = أبعاد هذه الصورة بالبكسل كبيرة جداً: صغّرها وأعد المحاولة.
submission-people = الأشخاص
submission-owner = المالك
submission-co-owner = مالك مشارك
submission-invited = مدعو، لم ينضم بعد
submission-remove = إزالة
submission-invite = دعوة
submission-invite-email = دعوة مالك مشارك (عنوان البريد الإلكتروني)
submission-invite-hint = يمكن للمدعو تعديل هذا المشروع المقدَّم وإرساله معك. ومن ليس لديه حساب يسجّل أولاً بهذا العنوان.
submission-invitation-sent = تم إرسال الدعوة.
submission-owner-only = لا يمكن القيام بذلك إلا لمالك المشروع المقدَّم.
submission-owner-stays = لا يمكن إزالة المالك.
invitation-already-member = يمكن لهذا الشخص بالفعل تعديل المشروع المقدَّم.
invitation-other-address = هذه الدعوة موجهة إلى عنوان بريد إلكتروني آخر: سجّل الدخول بالعنوان الذي أُرسلت إليه.
invitation-title = دعوة إلى المشاركة في ملكية مشروع مقدَّم
invitation-lead = تلقيت دعوة لتعديل مشروع مقدَّم إلى جوائز القمة العالمية لمجتمع المعلومات وإرساله. سجّل الدخول بالعنوان الذي أُرسلت إليه الدعوة (أو أنشئ حساباً به)، ثم اقبل الدعوة.
invitation-accept = قبول الدعوة
mail-invitation-subject = { $inviter } يدعوك إلى مشروع مقدَّم إلى جوائز القمة العالمية لمجتمع المعلومات
mail-invitation-body =
    مرحباً،

    يدعوك { $inviter } إلى تعديل المشروع المقدَّم «{ $title }» إلى جوائز القمة العالمية لمجتمع المعلومات وإرساله بالاشتراك معه. افتح هذا الرابط في غضون 14 يوماً، وسجّل الدخول بعنوان البريد الإلكتروني هذا (أو أنشئ حساباً به)، ثم اقبل الدعوة:

    { $link }

    إذا كنت لا تعرف هذا الشخص، يمكنك تجاهل هذه الرسالة.

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات

## Registry (secretariat)
registry-title = الفائزون والمنظمات
past-winners-title = الفائزون في الدورات السابقة
past-winners-lead = الصق بيانات CSV تتضمن فائزاً واحداً في كل سطر: السنة، والفئة، والعنوان، والمنظمة، والبلد (رمز ISO مثل KE). وتُعلَّم المشاريع المقدَّمة الجديدة التي تطابق أحدهم بتنبيه لمن يتولى الفرز؛ والقرار للأمانة.
past-winners-csv = CSV
past-winners-import = استيراد
past-winners-report = الفائزون المستورَدون: { $imported }، والمعروفون سابقاً: { $skipped }؛ والمشاريع المُرسَلة التي تطابق الآن فائزاً سابقاً: { $flagged }.
past-winners-line = السطر { $line }: { $problem }
past-winners-line-unreadable = تتعذّر قراءة السطر بصيغة CSV.
past-winners-line-columns = يلزم خمسة أعمدة: السنة، والفئة، والعنوان، والمنظمة، والبلد.
past-winners-line-year = يجب أن تكون السنة سنة دورة سابقة، ابتداءً من عام 2000.
past-winners-line-country = رمز بلد غير معروف.
past-winners-line-text = الفئة أو العنوان أو المنظمة مفقود أو طويل جداً.
past-winners-too-long = بيانات CSV هذه طويلة جداً: استوردها على أجزاء.
past-winners-empty = لا تتضمن بيانات CSV أي فائز.
organisations-title = المنظمات
organisations-lead = عندما تكون منظمتان كياناً واحداً باسمين مختلفين، ادمج إحداهما في الأخرى. وتنتقل مشاريعها المقدَّمة معها؛ وإذا بقي مشروعان مقدَّمان في فئة واحدة، يُعلَّمان بتنبيه لمن يتولى الفرز.
organisations-search = البحث بالاسم
organisations-from = دمج المنظمة رقم
organisations-into = في المنظمة رقم
organisations-merge = دمج
organisations-merged = تم دمج المنظمتين.
merge-same-organisation = اختر منظمتين مختلفتين.
screening-dismiss = إلغاء التنبيه
home-submit = تقديم مشروع
screening-pages = صفحات قائمة الفرز

## Hardening: withdrawal, drafts, contact, errors
footer-contact = لديك سؤال؟ اكتب إلى أمانة جوائز القمة العالمية لمجتمع المعلومات:
error-busy = الخادم مشغول. أعد المحاولة بعد { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
mail-register-again-subject = حاول شخص ما التسجيل باستخدام عنوان بريدك الإلكتروني
mail-register-again-body =
    السيد/السيدة { $name }،

    حاول شخص ما للتو إنشاء حساب في جوائز القمة العالمية لمجتمع المعلومات باستخدام عنوان بريدك الإلكتروني، وهو مرتبط بحساب قائم. لم يُنشأ أي حساب جديد ولم تتغير كلمة المرور الخاصة بك.

    إن كنت أنت، فسجّل الدخول: { $login }
    وإن نسيت كلمة المرور، فاختر كلمة جديدة: { $forgot }

    وإن لم تكن أنت، يمكنك تجاهل هذه الرسالة.

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات
link-other-account = هذا الرابط يخص حساباً آخر. سجّل الخروج، ثم افتح الرابط مجدداً وسجّل الدخول بالحساب الذي أُرسل إليه.
login-to-confirm = سجّل الدخول لتأكيد عنوان بريدك الإلكتروني. إن لم تكن كلمة المرور هذه لك، فأنت لم تُنشئ هذا الحساب: استخدم "نسيت كلمة المرور؟" لاختيار كلمة مرور.
invitation-phase-closed = انتهت مرحلة تقديم المشاريع: لم يعد بالإمكان تغيير أصحاب المشروع المقدَّم.
status-withdrawn = مسحوب
decision-withdrawn = مسحوب
problem-title = حدث خطأ ما
problem-none = لا يوجد ما يُبلَّغ عنه.
submission-delete = حذف هذه المسودة
submission-delete-hint = تُحذف المسودة وصورتها نهائياً، ولدى أصحابها المشاركين أيضاً.
submission-delete-button = حذف المسودة
submission-not-draft = لا يمكن حذف إلا المسودة. أما المشروع المقدَّم فيمكن سحبه.
submissions-deleted = حُذفت المسودة.
submission-withdraw = سحب هذا المشروع المقدَّم
submission-withdraw-hint = يخرج المشروع المسحوب من المسابقة ويحرر الفئة لمنظمتك. يمكنك سحبه إلى أن يبدأ التصويت العام.
submission-withdraw-reason = السبب (اختياري)
submission-withdraw-button = سحب
submission-withdrawn = سُحب المشروع المقدَّم.
submission-not-sent = لم يُقدَّم هذا المشروع بعد: احذف المسودة بدلاً من ذلك.
submission-not-withdrawable = لم يعد هذا المشروع مشاركاً في المسابقة.
withdraw-closed = بدأ التصويت العام: لم يعد بإمكان أحد سوى الأمانة سحب مرشح. اكتب إليها.
screening-withdraw = سحب
screening-withdraw-hint = يؤدي السحب إلى إخراج المشروع من المسابقة. يُسجَّل السبب ويُرسَل إلى أصحابه.
mail-withdrawn-body =
    السيد/السيدة { $name }،

    سُحب مشروعك المقدَّم "{ $title }" من جوائز القمة العالمية لمجتمع المعلومات.

    { $message }

    { $link }

    أمانة جوائز القمة العالمية لمجتمع المعلومات، الاتحاد الدولي للاتصالات
drafts-title = المسودات
drafts-lead = لا تحجز المسودة شيئاً: يمكن لأي شخص كتابة اسم أي منظمة. العدد حسب الفئة؛ ابحث عن اسم لمعرفة من يحتفظ بمسودات باسمه.
drafts-search = من يحتفظ بمسودات باسم المنظمة
drafts-none = لا أحد يحتفظ بمسودة بهذا الاسم.
drafts-holder = صاحبها
drafts-started = بدأت في
merge-duplicates = لدى كل من هاتين المنظمتين مشروع مقدَّم في الفئة نفسها. عالِج كل زوج أولاً (اعتبر أحدهما غير مؤهَّل أو انقله)، ثم ادمج.
merge-pair = مشروعان لكيان واحد في فئة واحدة
changes-too-late = يبدأ التصويت العام قريباً جداً بحيث لا يتسع الوقت لأصحاب المشروع لإجراء التغييرات.
calendar-screening-during-submission = السماح للأمانة بفرز المشاريع المقدَّمة بينما لا تزال مرحلة التقديم مفتوحة
demo-notice = تحتوي هذه الدورة على بيانات تجريبية: المشاريع والمنظمات والأشخاص على هذا الموقع من وحي الخيال.
submission-revoke = إلغاء

## مراجعة الخبراء
round-shortlisting = إعداد القائمة المختصرة
round-selection = الاختيار
normalisation-z-score = التوحيد القياسي لكل خبير (الدرجة المعيارية z)
normalisation-raw = المتوسطات الخام
rubric-empty = يجب أن يتضمن نموذج التقييم معياراً واحداً على الأقل.
rubric-too-many = يتضمن نموذج التقييم 12 معياراً على الأكثر.
rubric-title-missing = أدخل عنواناً لهذا المعيار.
rubric-title-too-long = هذا العنوان طويل جداً (120 حرفاً على الأكثر).
rubric-title-twice = يحمل معياران هذا العنوان.
rubric-code-twice = لمعيارين الرمز نفسه.
rubric-weight-range = الوزن نسبة مئوية بعدد صحيح من 1 إلى 100.
rubric-scale-range = السلّم عدد صحيح من 1 إلى 100.
rubric-weights-sum = يجب أن يكون مجموع الأوزان 100.
rubric-shape-locked = بدأت الجولة: لم يعد من الممكن إضافة معايير أو حذفها أو تغيير سلّمها، بل يمكن فقط إعادة تسميتها وتعديل أوزانها.
formula-weights-sum = الوزنان نسبتان مئويتان بعددين صحيحين مجموعهما 100.
round-reviews-range = يحصل كل مشروع على عدد من المراجعات يتراوح بين 1 و9.
round-normalisation-unknown = اختر طريقة التوحيد القياسي للترتيب.
round-closed = أُغلقت جولة المراجعة هذه.
round-not-open = لم تُفتح جولة المراجعة هذه بعد.
round-expert-unknown = لا يوجد حساب بعنوان البريد الإلكتروني هذا. ادعُ الخبير أولاً.
round-expert-not-expert = هذا الحساب ليس ضمن فريق الخبراء. ادعُه أولاً.
round-category-unknown = لا توجد هذه الفئة في هذه الدورة.
round-expert-already = يراجع هذا الخبير هذه الفئة بالفعل.
round-not-an-entry = هذا المشروع المقدَّم ليس من المشاريع المشاركة في الجولة.
round-expert-not-in-category = لا يراجع هذا الخبير فئة هذا المشروع.
round-conflict-declared = أعلن هذا الخبير عن تضارب في المصالح بشأن هذا المشروع.
round-conflict-own-entry = هذا الخبير مالك لهذا المشروع أو شريك في ملكيته: لا أحد يقيّم مشروعه الخاص، أياً كان السبب.
round-conflict-own-organisation = هذا المشروع تابع للمنظمة المذكورة في حساب الخبير: لا أحد يقيّم مشروع منظمته، أياً كان السبب.
round-already-assigned = هذا المشروع مُسنَد بالفعل إلى هذا الخبير.
round-review-submitted = أرسل هذا الخبير مراجعة لهذا المشروع: يظل الإسناد قائماً.
review-score-missing = أدخل درجة.
review-score-number = الدرجة عدد، مثل 7 أو 7.5.
review-score-decimals = لا تتضمن الدرجة أكثر من منزلة عشرية واحدة.
review-score-range = هذه الدرجة خارج سلّم المعيار.
review-score-unknown-criterion = أُرسلت درجة لمعيار غير موجود في نموذج التقييم هذا.
review-comment-too-long = التعليق طويل جداً (4000 حرف على الأكثر).
review-note-too-long = الملاحظة طويلة جداً.
review-conflicted = أعلنت عن تضارب في المصالح بشأن هذا المشروع.
review-own-entry = هذا المشروع مشروعك أو مشروع منظمتك: لا يمكنك تقييمه.
review-released = لم يعد هذا المشروع مُسنَداً إليك.
expert-ties-too-many = 20 سطراً على الأكثر.
expert-tie-too-long = أحد الأسطر طويل جداً (300 حرف على الأكثر).
expert-tie-country = اكتب كل بلد برمز ISO المكوّن من حرفين، مثل KE أو FR.
nominees-voting-opened = بدأ التصويت العام: لم يعد من الممكن تغيير المرشحين.
nominees-none = لا توجد في هذه الفئة مشاريع يلزم تأكيدها.
review-mail-assigned-subject = جوائز القمة العالمية لمجتمع المعلومات: مشاريع للمراجعة
review-mail-assigned-count = { $count ->
        [zero] لم يُسنَد إليك أي مشروع.
        [one] أُسند إليك مشروع واحد.
        [two] أُسند إليك مشروعان.
        [few] أُسندت إليك { $count } مشاريع.
        [many] أُسند إليك { $count } مشروعاً.
       *[other] أُسند إليك { $count } مشروع.
    }
review-mail-assigned-body =
    مرحباً { $name }،

    هذه قائمة المشاريع المطلوب منك مراجعتها:

    { $link }

    يُقيَّم كل مشروع وفق معايير الجولة. ويمكنك تعديل أي درجة إلى أن تُغلق الجولة. وإذا كانت تربطك صلة بأحد المشاريع، فأعلن عن تضارب المصالح في صفحته: وسيُسنَد إلى خبير آخر.
review-mail-invitation-subject = { $inviter } يدعوك إلى الانضمام إلى فريق خبراء جوائز القمة العالمية لمجتمع المعلومات
review-mail-invitation-body =
    مرحباً،

    يدعوك { $inviter } إلى الانضمام إلى فريق خبراء جوائز القمة العالمية لمجتمع المعلومات. افتح هذا الرابط في غضون 14 يوماً لقبول الدعوة: أنشئ حسابك هناك، أو سجّل الدخول بهذا العنوان إذا كان لديك حساب بالفعل.

    { $link }

    إذا لم تكن تتوقع هذه الدعوة، يمكنك تجاهل هذه الرسالة.
nav-review = مراجعاتي
review-my-title = مراجعاتي
review-conflict-done = سُجِّل تضارب المصالح: خرج المشروع من قائمتك وسيُسنَد إلى خبير آخر.
review-none-yet = لم تُفتح أي جولة مراجعة بعد.
review-progress = المُرسَلة: { $done } من أصل { $total }
review-closes = تُغلق في { $when }
review-to-do = بانتظار التقييم
review-sent = مُرسَلة
review-sheet-title = ورقة التقييم
review-saved = أُرسلت مراجعتك. ويمكنك تعديلها إلى أن تُغلق الجولة.
review-total = المجموع المرجَّح لمراجعتك كما أُرسلت: { $total } من 100.
review-score-title = درجاتك
review-sent-times = { $count ->
        [zero] لم تُرسَل بعد.
        [one] أُرسلت مرة واحدة.
        [two] أُرسلت مرتين؛ وتُحفظ كل نسخة.
        [few] أُرسلت { $count } مرات؛ وتُحفظ كل نسخة.
        [many] أُرسلت { $count } مرة؛ وتُحفظ كل نسخة.
       *[other] أُرسلت { $count } مرة؛ وتُحفظ كل نسخة.
    }
review-criterion-scale = (الوزن { $weight }%، من 0 إلى { $scale })
review-comment = تعليق (اختياري)
review-send = إرسال مراجعتي
review-revise = تعديل مراجعتي
review-conflict-title = تضارب المصالح
review-conflict-lead = إذا كانت تربطك صلة بهذا المشروع (تعمل لدى منظمته أو معها، أو تقدّم لها المشورة، أو تعرف فريقه معرفة وثيقة)، فأعلن ذلك: يخرج المشروع من قائمتك ويُسنَد إلى خبير آخر.
review-conflict-note = ما الذي يربطك به (اختياري، تطّلع عليه الأمانة)
review-conflict-declare = الإعلان عن تضارب في المصالح
review-ties-title = صلاتي
review-ties-lead = لا تُسنِد إليك المنصة أبداً مشروعاً من منظمة تربطك بها صلة، ولا من بلدانك إذا نصّت الدورة على ذلك. عنصر واحد في كل سطر.
review-ties-organisations = المنظمات التي تعمل لديها أو تقدّم لها المشورة أو تملك حصة فيها
review-ties-countries = البلدان التي تربطك بها صلة (رموز ISO مثل KE أو FR)
review-ties-other = صلات أخرى ينبغي أن تعلم بها الأمانة
review-ties-save = حفظ صلاتي
review-ties-saved = تم حفظ صلاتك.
review-joined = مرحباً بك في فريق الخبراء. أعلن عن صلاتك قبل أن تُسنَد إليك المشاريع.
review-join-title = الانضمام إلى فريق الخبراء
review-join-lead = سجّلت الدخول بالعنوان { $email }. يجب أن تكون الدعوة قد أُرسلت إلى هذا العنوان.
review-join-accept = قبول الدعوة
review-join-have-account = هل لديك بالفعل حساب بالعنوان الذي أُرسلت إليه هذه الدعوة؟
review-join-new-title = إنشاء حساب الخبير الخاص بك
review-join-new-lead = يستخدم حسابك العنوان الذي أُرسلت إليه هذه الدعوة؛ وقد أكّده الرابط.
review-join-create = إنشاء الحساب والانضمام
invitation-has-account = لهذا العنوان حساب بالفعل: سجّل الدخول به، ثم اقبل الدعوة.
review-admin-title = مراجعة الخبراء
review-invite-title = دعوة خبير
review-invite-send = إرسال الدعوة
review-invited = تم إرسال الدعوة.
review-round-saved = تم حفظ الجولة.
review-assigned = عمليات الإسناد المضافة: { $count }.
review-expert-added = أصبح هذا الخبير يراجع تلك الفئة.
review-assignment-removed = أُلغي الإسناد.
review-window-not-yet-open = لم تُفتح بعد
review-window-open = مفتوحة
review-window-closed = مُغلقة
review-seed-commitment = بصمة SHA-256 لبذرة القرعة:
review-seed = بذرة القرعة:
review-progress-title = التقدّم
review-entries = المشاريع
review-reviews-done = المراجعات المُرسَلة
review-nominees = المرشحون
review-confirmed = مؤكَّدون
review-export-ranking = الترتيب (CSV)
review-export-reviews = المراجعات (CSV)
review-experts-title = الخبراء
review-expert-email = عنوان البريد الإلكتروني للخبير
review-expert-add = إضافة إلى الفئة
review-run-assignment = إسناد المشاريع
review-short-title = مشاريع ينقصها مراجعون
review-short-missing = { $count ->
        [zero] لا تنقص أي مراجعة
        [one] تنقص مراجعة واحدة
        [two] تنقص مراجعتان
        [few] تنقص { $count } مراجعات
        [many] تنقص { $count } مراجعة
       *[other] تنقص { $count } مراجعة
    }
review-submission-number = رقم المشروع المقدَّم
review-expert-number = رقم الخبير
review-override-reason = السبب (مطلوب للإسناد رغم اكتشاف تضارب في المصالح)
review-assign = إسناد
review-settings-title = الإعدادات ونموذج التقييم
review-reviews-per-entry = عدد المراجعات لكل مشروع
review-normalisation = الترتيب حسب
review-country-conflicts = لا يراجع الخبراء مشاريع من بلدانهم
review-formula-experts = معادلة الاختيار: وزن درجة الخبراء (%)
review-formula-votes = معادلة الاختيار: وزن حصة الأصوات (%)
review-criterion = المعيار
review-weight = الوزن (%)
review-scale = السلّم
review-change-reason = السبب
review-change-reason-hint = مطلوب بعد فتح الجولة: يُسجَّل التغيير في سجل التدقيق.
review-save-round = حفظ الجولة
review-nominees-confirmed = تم تأكيد المرشحين في هذه الفئة.
review-cut = الحد الفاصل: { $count }
review-tie-rule = يُحسم التعادل بالدرجة الأخرى، ثم بالقرعة: بصمة SHA-256 للبذرة متبوعة برقم المشروع المقدَّم، من الأصغر إلى الأكبر.
review-reviews = المراجعات
review-raw-mean = المتوسط الخام
review-z-mean = بعد التوحيد القياسي
review-spread = التشتت
review-flags = التنبيهات
review-flag-disagreement = اختلاف بين الخبراء
review-flag-draw = رُتِّب بالقرعة
review-flag-nominee = مرشح
review-confirm-title = تأكيد المرشحين
review-confirm-lead = تصبح المشاريع التي تحتل المراتب من 1 إلى { $count } في هذا الترتيب مرشحي الفئة. وتُنشر أسماؤهم عند فتح التصويت.
review-confirm-reason-hint = مطلوب إذا سبق تأكيد القائمة: يُسجَّل التغيير في سجل التدقيق.
review-confirm = تأكيد المرشحين
review-experts-count = { $count ->
        [zero] لا يوجد خبراء
        [one] خبير واحد
        [two] خبيران
        [few] { $count } خبراء
        [many] { $count } خبيراً
       *[other] { $count } خبير
    }
award-champion = بطل
award-winner = فائز
award-special-recognition = تقدير خاص
award-kind-unknown = اختر فائزاً أو تقديراً خاصاً.
award-not-a-champion = لا يمكن اختيار سوى أحد أبطال هذه الفئة.
award-winners-full = اكتمل عدد الفائزين في هذه الفئة بالفعل.
award-already = سبق اتخاذ هذا القرار.
review-award-decided = تم تسجيل القرار.
review-formula = الدرجة النهائية = { $experts }% من متوسط درجات الخبراء + { $votes }% من حصة الأصوات (× 100). ويُحسم التعادل لصالح حصة الأصوات الأكبر، ثم متوسط درجات الخبراء الأعلى، ثم بالقرعة.
review-expert-mean = متوسط درجات الخبراء
review-vote-share = الأصوات
review-final-score = الدرجة النهائية
review-decision = القرار
review-decide-title = اختيار الفائزين
review-winners-allowed = { $count ->
        [zero] ليس لهذه الفئة أي فائز.
        [one] لهذه الفئة فائز واحد.
        [two] لهذه الفئة فائزان.
        [few] لهذه الفئة { $count } فائزين.
        [many] لهذه الفئة { $count } فائزاً.
       *[other] لهذه الفئة { $count } فائز.
    }
review-decide = تسجيل القرار
draw-title = كيف يُحسم التعادل
draw-lead = عندما تتعادل مشاريع في جميع الدرجات، تحدّد القرعة ترتيبها. وقبل إغلاق جولة المراجعة، تُنشر هنا بصمة SHA-256 لبذرتها السرية؛ وعند إغلاقها، تُنشر البذرة نفسها. وتُرتَّب المشاريع المتعادلة حسب بصمة SHA-256 للبذرة متبوعة برقم المشروع المقدَّم (كلاهما نصاً)، من الأصغر إلى الأكبر:
draw-check = يمكن لأي شخص التحقق من أن البذرة تطابق ما نُشر سابقاً، وإعادة إنتاج الترتيب ببضعة أسطر بأي لغة برمجة.
draw-none = لم تبدأ أي جولة مراجعة بعد.
draw-seed-at-close = تُنشر البذرة عند إغلاق الجولة.
review-mail-reminder-subject = جوائز القمة العالمية لمجتمع المعلومات: اقترب موعد تسليم مراجعاتك
review-mail-reminder-count = { $count ->
        [zero] لا يوجد أي مشروع مُسنَد إليك بلا مراجعة.
        [one] مشروع واحد مُسنَد إليك لم تُرسَل مراجعته بعد.
        [two] مشروعان مُسنَدان إليك لم تُرسَل مراجعتهما بعد.
        [few] عدد المشاريع المُسنَدة إليك التي لم تُرسَل مراجعتها بعد: { $count }.
        [many] عدد المشاريع المُسنَدة إليك التي لم تُرسَل مراجعتها بعد: { $count }.
       *[other] عدد المشاريع المُسنَدة إليك التي لم تُرسَل مراجعتها بعد: { $count }.
    }
review-mail-reminder-body =
    مرحباً { $name }،

    تُغلق جولة المراجعة في { $when }. قائمتك:

    { $link }
review-mail-nominees-subject = جوائز القمة العالمية لمجتمع المعلومات: مرشحون يلزم تأكيدهم قبل فتح التصويت
review-mail-nominees-body =
    مرحباً { $name }،

    يُفتح التصويت العام في { $when }، ولا يوجد حتى الآن مرشحون مؤكَّدون في هذه الفئات: { $categories }. ولا يجوز فتح التصويت من دونهم. أكّدهم من جولة إعداد القائمة المختصرة:

    { $link }
review-nominees-warning = يُفتح التصويت العام في { $when }: ولا يجوز فتحه قبل تأكيد المرشحين في كل فئة. ما زال يلزم تأكيد: { $categories }.

## التصويت العام
nav-vote = صوِّت
home-vote = صوِّت الآن
home-results = الاطلاع على نتائج التصويت
vote-title = التصويت العام
vote-open-until = التصويت العام مفتوح حتى { $when }.
vote-opens-on = يُفتح التصويت العام في { $when }.
vote-not-open = لم يُفتح التصويت العام بعد.
vote-closed = أُغلق التصويت العام.
vote-cast-done = سُجِّل صوتك في الفئة { $category }.
vote-unconfirmed = أكِّد عنوان بريدك الإلكتروني لتتمكن من التصويت: اتبع الرابط الذي أرسلناه إليك، أو اطلب رابطاً جديداً من صفحة حسابك.
vote-progress-title = ورقة اقتراعك
vote-progress = صوَّتَّ في { $cast } من أصل { $total } فئة.
vote-complete = اكتمل تصويتك: صوَّتَّ في جميع الفئات. شكراً لك.
vote-complete-rule = لا تُحتسب إلا أوراق الاقتراع المكتملة: صوِّت في كل فئة قبل إغلاق التصويت.
vote-left = الفئات المتبقية:
vote-yours = صوتك: { $title }
vote-void = لم يعد صوتك لـ { $title } يُحتسب: انسحب المرشح من المسابقة. يمكنك التصويت مرة أخرى في هذه الفئة.
vote-void-receipt = إيصال الصوت الملغى:
vote-receipt = إيصالك (احتفظ به لتتحقق من صوتك في السجل المنشور):
vote-choose-in = اختر مرشحاً واحداً في الفئة { $category }
vote-cast = صوِّت في الفئة { $category }
vote-choose = اختر مرشحاً قبل التصويت.
vote-unknown-category = لا توجد هذه الفئة في ورقة الاقتراع.
vote-not-a-nominee = هذا المشروع ليس مرشحاً في هذه الفئة.
vote-already-cast = لقد صوَّتَّ في هذه الفئة من قبل؛ لا يمكن تغيير الصوت.
vote-status-valid = صالح
vote-status-held = معلَّق للمراجعة
vote-status-invalid = غير صالح
vote-admin-title = التصويت العام
vote-admin-votes = الأصوات المُدلى بها
vote-admin-voters = المصوّتون
vote-admin-complete = أوراق الاقتراع المكتملة
vote-admin-held = الأصوات المعلَّقة للمراجعة
vote-admin-invalid = الأصوات التي أُعلن بطلانها
vote-admin-void = أصوات أُلغيت (انسحب المرشح)
results-final-title = النتائج النهائية
results-final-lead = بعد إغلاق التصويت ومراجعة جميع الأصوات المعلَّقة، ثبّت النتائج: الأصوات الصالحة، وأبطال كل فئة، والسجل العام. ولا يمكن التراجع عن ذلك.
results-final-button = تثبيت النتائج
results-final-done = أصبحت النتائج نهائية: اختير الأبطال وأُنشئ السجل.
results-final-fixed = ثُبِّتت النتائج في { $when }: الأصوات الصالحة { $valid } من أصل { $votes } من الأصوات المُدلى بها.
results-ledger-head = بصمة السطر الأخير من السجل:
results-vote-running = لم يُغلق التصويت بعد.
results-already-final = نتائج هذا التصويت نهائية بالفعل.
results-held-votes = ما زالت بعض الأصوات معلَّقة للمراجعة: اعتمدها أو أبطلها أولاً.
results-no-nominees = لا توجد أي فئة لديها مرشحون مؤكَّدون: لا توجد أصوات لفرزها.
receipt-title = التحقق من إيصال التصويت
receipt-lead = إيصال كل صوت لا يعرفه إلا صاحبه. بعد نشر النتائج، أدخل إيصالك لتجد صوتك في السجل العام.
receipt-label = الإيصال
receipt-check = تحقق
receipt-not-yet = يمكن التحقق من الإيصالات بعد نشر نتائج التصويت.
receipt-unknown = لا يوجد صوت بهذا الإيصال.
receipt-found = الصوت المرتبط بهذا الإيصال، في الفئة { $category }، لصالح «{ $nominee }»، موجود في السجل.
receipt-counted = لقد احتُسب.
receipt-not-counted = لم يُحتسب (ورقة اقتراع غير مكتملة، أو صوت أُعلن بطلانه، أو مرشح انسحب).
receipt-hash = يظهر في السجل بهذه البصمة:
receipt-invalid = هذا ليس إيصالاً: يتكون الإيصال من 32 حرفاً ورقماً (0-9، a-f).
receipt-withdrawn = غير صالح: انسحب المرشح من المسابقة.
results-title = نتائج التصويت العام
results-not-yet = لم تُنشر بعد نتائج التصويت في «{ $edition }».
results-not-yet-on = ستُنشر نتائج التصويت في «{ $edition }» في { $when }.
results-edition-invalid = يُشار إلى الدورة بسنتها، مثل 2027.
results-preview = معاينة: لا تطّلع على هذه النتائج سوى الأمانة إلى أن تبدأ مرحلة النشر.
results-summary = { $edition }: الأصوات الصالحة { $valid } من أصل { $votes } من الأصوات المُدلى بها، ثُبِّتت في { $when }.
results-ledger-title = تحقّق من الفرز بنفسك
results-ledger-lead = يسرد السجل كل صوت (فئته، والمرشح، وبصمة إيصاله، وما إذا كان قد احتُسب)، وتترابط قيوده في سلسلة من البصمات. ويمكن لأي شخص إعادة فرز الأصوات باستخدام أداة التحقق المنشورة؛ ويصف ملف README صيغة السجل.
results-ledger-download = تنزيل السجل (JSON Lines)
results-category-valid = الأصوات الصالحة: { $valid }
results-nominee = المرشح
results-votes = الأصوات الصالحة
results-award = الجائزة
results-champion = بطل
results-winner = فائز
vote-about = مزيد من المعلومات عن { $title }
project-organisation = المنظمة
project-country = البلد
project-region = المنطقة
project-sdgs = أهداف التنمية المستدامة
project-website = الموقع الإلكتروني
project-not-found = المشروع غير موجود
vote-mail-reminder-subject = ورقة اقتراعك في جوائز القمة العالمية لمجتمع المعلومات غير مكتملة
vote-mail-reminder-body =
    عزيزي/عزيزتي { $name }،

    لا تُحتسب في التصويت العام لجوائز القمة العالمية لمجتمع المعلومات إلا أوراق الاقتراع المكتملة، وما زالت ورقتك تفتقر إلى صوت في: { $left }.
    يُغلق التصويت في { $when }. وحتى ذلك الحين، يمكنك إكمال ورقة اقتراعك من هنا:
    { $link }
flag-burst = تدفق مفاجئ من شبكة واحدة
flag-bulk-accounts = حسابات أُنشئت بالجملة
flag-disposable-domain = نطاق بريد مؤقت
flag-uniform-ballots = أوراق اقتراع متطابقة
flag-decision-unknown = اختر الاعتماد أو الإبطال أو التعليق.
domain-invalid = اكتب اسم نطاق، مثل example.org.
vote-review-title = مراجعة الحالات الشاذة
vote-review-lead = تُعلَّق مجموعات الأصوات التي رأت المنصة أنها مريبة، ولا تُحتسب إلا بعد اعتمادها. ولا تُحتسب الأصوات المُبطَلة أبداً. ويتطلب كل قرار ذكر السبب، ويُسجَّل في سجل التدقيق.
vote-review-none = لم تُرصَد أي مجموعة من الأصوات.
vote-review-sweep = البحث عن الحالات الشاذة الآن
vote-review-kind = السبب
vote-review-key = القاسم المشترك
vote-review-votes = الأصوات
vote-review-since = تاريخ الرصد
vote-review-state = القرار
vote-review-held = معلَّقة للمراجعة
vote-review-released = معتمَدة
vote-review-invalidated = مُبطَلة
vote-review-reason = السبب
vote-review-release = اعتماد
vote-review-invalidate = إبطال
vote-review-hold = تعليق مجدداً
vote-review-decided = تم تسجيل القرار.
vote-review-domains = نطاقات البريد المؤقت المضافة إلى القائمة المضمَّنة
vote-review-domain = النطاق
vote-review-add-domain = إضافة
calendar-ballot-rule = أوراق الاقتراع التي تُحتسب في التصويت العام
calendar-ballot-rule-complete = أوراق الاقتراع المكتملة فقط (صوت في كل فئة)
calendar-ballot-rule-every = كل صوت، سواء اكتملت ورقة الاقتراع أم لا
calendar-ballot-rule-locked = لا يمكن تغيير قاعدة الاحتساب بعد فتح التصويت العام.
calendar-ballot-rule-unknown = اختر إحدى قواعد الاحتساب.
limits-title = حدود استمارة الترشيح
limits-lead = تنطبق هذه الحدود على كل ترشيحات هذه الدورة. يمكن تغييرها حتى تُفتح مرحلة تقديم الترشيحات؛ وبعد ذلك تُجمَّد، لأن المسودات تُكتب وفقها.
limits-frozen-note = فُتحت مرحلة تقديم الترشيحات في هذه الدورة: جُمِّدت حدود استمارتها.
limits-saved = حُفظت حدود الاستمارة.
limits-save = حفظ الحدود
limits-short_min_words = الوصف الموجز: أقل عدد من الكلمات
limits-short_max_words = الوصف الموجز: أكبر عدد من الكلمات
limits-long_max_words = كل إجابة مطوّلة: أكبر عدد من الكلمات
limits-title_max_chars = العنوان: أكبر عدد من الحروف
limits-min_sdgs = أقل عدد من أهداف التنمية المستدامة يُذكر
limits-changes_days = الأيام المتاحة لإجراء التغييرات المطلوبة
limits-range-hint = من { $min } إلى { $max }.
limits-range = اكتب عددًا صحيحًا ضمن المدى المبيَّن تحت الحقل.
limits-short-order = يجب أن يكون أقل عدد من الكلمات أصغر من أكبر عدد.
limits-frozen = فُتحت مرحلة تقديم الترشيحات: جُمِّدت حدود الاستمارة.
vote-chart-hours = الأصوات في الساعة، آخر 48 ساعة
vote-chart-categories = الأصوات حسب الفئة
vote-chart-regions = الأصوات حسب منطقة الاتحاد الدولي للاتصالات التي تنتمي إليها منظمة المصوّت
region-unknown = منطقة غير معروفة

# الدورة بالأرقام.
stats-title = الدورة بالأرقام
stats-summary = { $edition }: { $submissions } من الترشيحات المُرسلة إلى المسابقة.
stats-chart-categories = الترشيحات حسب الفئة
stats-chart-regions = الترشيحات حسب منطقة الاتحاد الدولي للاتصالات
stats-chart-stakeholders = الترشيحات حسب نوع أصحاب المصلحة
stats-chart-votes = الأصوات الصالحة حسب الفئة
stats-chart-winners = الفائزون حسب منطقة الاتحاد الدولي للاتصالات
stats-chart-champions = الأبطال حسب منطقة الاتحاد الدولي للاتصالات
stats-vote-later = تظهر هنا أرقام التصويت والأبطال والفائزون بعد نشر النتائج.

nav-gallery = المشاريع
gallery-link = تصفّح المشاريع وابحث فيها
gallery-title = معرض المشاريع
gallery-lead = كل المشاريع المختارة للتصويت العام، من جميع الدورات. بعد نشر نتائج دورة ما، يظهر الفائزون والأبطال فيها أولاً.
gallery-search = كلمات البحث
gallery-search-hint = يُبحث عنها في العناوين والمنظمات والأوصاف، بأي كتابة. يجب أن تتطابق كل كلمة.
gallery-edition = الدورة
gallery-category = الفئة
gallery-region = منطقة الاتحاد
gallery-country = البلد
gallery-stakeholder = نوع الجهة صاحبة المصلحة
gallery-sdg = هدف التنمية المستدامة
gallery-sdg-n = الهدف { $n }
gallery-award = الجائزة
gallery-award-either = الفائزون والأبطال
gallery-award-winner = الفائزون
gallery-award-champion = الأبطال
gallery-all = الكل
gallery-submit = بحث
gallery-found = { $count ->
        [zero] لم يُعثر على أي مشروع
        [one] عُثر على مشروع واحد
        [two] عُثر على مشروعين
        [few] عُثر على { $count } مشاريع
       *[other] عُثر على { $count } مشروعًا
    }
gallery-none = لا يوجد مشروع يطابق هذا البحث. جرّب كلمات أو مرشحات أقل.
gallery-pages = صفحات النتائج
gallery-page = الصفحة { $page } من { $pages }
gallery-previous = الصفحة السابقة
gallery-next = الصفحة التالية
gallery-query-too-long = البحث طويل جدًا: 200 حرف على الأكثر.
gallery-query-too-many-words = ابحث بثماني كلمات على الأكثر.
gallery-edition-invalid = اختر دورة بسنتها.
gallery-edition-unknown = لا يضم المعرض دورة من تلك السنة.
gallery-category-invalid = هذا ليس رمز فئة.
gallery-region-invalid = اختر إحدى مناطق الاتحاد.
gallery-country-invalid = اختر بلدًا من القائمة.
gallery-stakeholder-invalid = اختر أحد أنواع الجهات صاحبة المصلحة.
gallery-sdg-invalid = اختر هدفًا من 1 إلى 17.
gallery-award-invalid = اختر الفائزين أو الأبطال أو كليهما.
gallery-page-invalid = اختر صفحة من 1 إلى 1000.

footer-privacy = إشعار الخصوصية
footer-terms = شروط الاستخدام
notice-version = الإصدار { $version }.
privacy-title = إشعار الخصوصية
privacy-intro = يوضح هذا الإشعار ما تحتفظ به منصة جوائز القمة العالمية لمجتمع المعلومات عنك، ولماذا، وإلى متى، وما يمكنك طلبه.
privacy-who-h = الجهة المسؤولة
privacy-who-p = تدير أمانة جوائز القمة العالمية لمجتمع المعلومات هذه المنصة وهي مسؤولة عن البيانات التي تحتفظ بها. راسلها على العنوان المذكور أسفل كل صفحة.
privacy-what-h = ما نحتفظ به
privacy-what-p = حسابك: عنوان بريدك الإلكتروني واسمك ومنظمتك وبلدها ونوع الجهة صاحبة المصلحة ولغتك، وكلمة مرورك في صورة بصمة لا يمكن عكسها (وليس كلمة المرور نفسها أبدًا). وللمشروع الذي تقدّمه: ما تكتبه في الاستمارة والصور التي ترفعها.
privacy-votes-h = ما يحتفظ به التصويت
privacy-votes-p = يسجّل كل صوت المرشح الذي اخترته والوقت. ولكشف التصويت المنظم أو الآلي، يحتفظ أيضًا ببصمة مفتاحية لشبكتك (وليس عنوانك أبدًا)، وببصمة مفتاحية لما يقوله متصفحك عن نفسه، وبنطاق عنوان بريدك الإلكتروني، وبتاريخ إنشاء حسابك. ولا تُقرأ هذه البيانات إلا لمراجعة مجموعات الأصوات المشبوهة قبل اعتماد النتائج.
privacy-why-h = لماذا
privacy-why-p = لتنظيم المسابقة: لتمكينك من تقديم المشاريع والتصويت، ومراسلتك بما يعنيك (التأكيد والدعوات والقرارات)، وضمان نزاهة التصويت، ونشر النتائج. لا يُباع شيء ولا يُستخدم لأغراض الإعلان.
privacy-public-h = ما يصبح علنيًا
privacy-public-p = عندما يصبح المشروع مرشحًا، يُنشر عنوانه وملخصه وصورته ومنظمته وبلده وأهدافه، وتبقى في المعرض وفي البيانات المفتوحة. أما اسمك وعنوان بريدك الإلكتروني وصوتك فلا تُنشر أبدًا؛ ويعرض سجل الأصوات المنشور إيصالات لا أسماء مصوّتين.
privacy-keep-h = إلى متى
privacy-keep-p = تُحفظ الحسابات ما دامت مستخدمة وتُغلق عند الطلب. وتُحفظ سجلات التصويت حتى نشر نتائج الدورة وانقضاء مهلة الطعن فيها؛ ولا يحتفظ السجل إلا بالإيصالات. وتبقى المشاريع المنشورة منشورة بوصفها تاريخ المسابقة.
privacy-rights-h = ما يمكنك طلبه
privacy-rights-p = يمكنك الاطلاع على حسابك وتصحيحه في صفحة حسابك، وأن تطلب من الأمانة نسخة من بياناتك أو تصحيحها أو إغلاق حسابك. وإن لم توافق على الرد، يمكنك اللجوء إلى سلطة حماية البيانات لديك.
terms-title = شروط الاستخدام
terms-intro = بإنشاء حساب، فإنك تقبل هذه الشروط.
terms-account-h = حسابك
terms-account-p = حساب واحد لكل شخص. احتفظ بكلمة مرورك لنفسك؛ فأنت مسؤول عمّا يُفعل بحسابك. ويجوز للأمانة تعطيل أي حساب يُستخدم خلافًا لهذه الشروط.
terms-projects-h = المشاريع التي تقدّمها
terms-projects-p = لا تقدّم إلا مشاريع تنفّذها منظمتك، بوقائع صحيحة وصور يحق لك نشرها. وبتقديمك المشروع، تأذن للمنصة بنشر عنوان المشروع المرشح وملخصه وصورته ومنظمته وبلده، وبإدراجها في البيانات المفتوحة وفي كتاب قصص النجاح.
terms-vote-h = التصويت العام
terms-vote-p = صوت واحد لكل شخص في كل فئة، يدلي به بنفسه. ويُحظر شراء الأصوات أو بيعها أو أتمتتها، أو إنشاء حسابات للتصويت أكثر من مرة: فهذه الأصوات تخضع للمراجعة ويجوز إلغاؤها.
terms-data-h = إعادة استخدام ما يُنشر
terms-data-p = يجوز إعادة استخدام البيانات المنشورة (المعرض والنتائج والبيانات المفتوحة) بموجب ترخيص المشاع الإبداعي نسب المصنف 4.0، مع ذكر جوائز القمة العالمية لمجتمع المعلومات مصدرًا لها.
consent-label = قرأت إشعار الخصوصية وأقبل شروط الاستخدام.
consent-required = اقبل شروط الاستخدام لإنشاء حساب.
stats-chart-days = الأصوات المُدلى بها يوميًا (التوقيت العالمي المنسق)
stories-admin-title = قصص النجاح
story-title = قصة نجاح
story-public-title = قصة النجاح
story-status = الحالة
story-status-invited = أُرسلت الدعوة
story-status-draft = مسودة
story-status-sent = أُرسلت للموافقة
story-status-changes-asked = طُلبت تعديلات
story-status-approved = تمت الموافقة
story-status-none = لم تُرسل الدعوة بعد
story-deadline = تُرسل قبل { $when }.
story-changes-asked = تطلب الأمانة هذه التعديلات:
story-intro = اروِ قصة مشروعك لكتاب «WSIS Stocktaking: Success Stories» باللغة الإنكليزية. افصل بين الفقرات بسطر فارغ. الأقسام المعلّمة بـ * لازمة للإرسال.
story-section-challenge = التحدي
story-section-solution = الحل
story-section-results = النتائج بالأرقام
story-section-partners = الشركاء
story-section-lessons = الدروس المستفادة
story-hint-challenge = المشكلة التي سعى المشروع إلى حلّها، ولمن.
story-hint-solution = ما يفعله المشروع وكيف يعمل.
story-hint-results = ما الذي تغيّر، بالأرقام (عدد المستفيدين، التكاليف، الوقت الموفَّر).
story-hint-partners = من جعله ممكناً.
story-hint-lessons = ما يمكن أن يتعلمه الآخرون منه.
story-max-words = { $count ->
        [zero] لا كلمات.
        [one] كلمة واحدة على الأكثر.
        [two] كلمتان على الأكثر.
        [few] { $count } كلمات على الأكثر.
        [many] { $count } كلمة على الأكثر.
       *[other] { $count } كلمة على الأكثر.
    }
story-save = حفظ
story-send = إرسال للموافقة
story-review-title = مراجعة الأمانة
story-approve = الموافقة على القصة
story-message = ما الذي ينبغي تغييره؟
story-ask = طلب تعديلات
story-done-saved = حُفظت قصتك.
story-done-sent = أُرسلت قصتك إلى الأمانة للموافقة عليها.
story-done-asked = طُلبت تعديلات من أصحاب المشروع.
story-done-approved = تمت الموافقة على القصة: ستُدرج في الكتاب.
story-section-too-long = هذا القسم طويل جداً.
story-section-required = هذا القسم لازم لإرسال القصة.
story-closed = لم يعد بالإمكان تعديل هذه القصة: فقد أُرسلت أو تمت الموافقة عليها أو انقضى موعدها. اكتب إلى { $contact } إن لزم تغيير شيء.
story-message-required = اذكر ما ينبغي تغييره.
story-message-too-long = هذه الرسالة طويلة جداً (2000 حرف على الأكثر).
story-not-sent = لا يمكن طلب تعديلات إلا لقصة أُرسلت.
story-approved = تمت الموافقة على هذه القصة من قبل.
story-deadline-invalid = أدخل تاريخاً ووقتاً في المستقبل.
story-no-champions = لا يوجد أبطال بعد: أرسل الدعوات حين تصبح نتائج التصويت نهائية.
story-mail-invited-subject = قصة نجاحك لجوائز القمة العالمية لمجتمع المعلومات: { $title }
story-mail-invited-body = عزيزي/عزيزتي { $name }،
    
    تهانينا: «{ $title }» من أبطال جوائز القمة العالمية لمجتمع المعلومات. ندعوك إلى كتابة قصة نجاحه للكتاب السنوي «WSIS Stocktaking: Success Stories»: التحدي والحل والنتائج بالأرقام والشركاء والدروس المستفادة.
    
    اكتبها هنا قبل { $extra }: { $link }
    
    هذه النتيجة سرية حتى نشر النتائج في { $published }: يُرجى عدم إبلاغ أحد خارج فريقك قبل ذلك. تُعلن الجوائز في ذلك اليوم، بما في ذلك أي الأبطال فاز.
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
story-mail-changes-subject = طُلبت تعديلات على قصة نجاحك: { $title }
story-mail-changes-body = عزيزي/عزيزتي { $name }،
    
    تطلب الأمانة تعديلات على قصة نجاح «{ $title }»:
    
    { $extra }
    
    عدّلها وأرسلها مجدداً هنا: { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
story-mail-approved-subject = تمت الموافقة على قصة نجاحك: { $title }
story-mail-approved-body = عزيزي/عزيزتي { $name }،
    
    تمت الموافقة على قصة نجاح «{ $title }». ستُنشر في الكتاب وعلى صفحة المشروع مع النتائج.
    
    { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
stories-invited = { $count ->
        [zero] لم تُرسل أي دعوة.
        [one] دُعي أصحاب مشروع واحد.
        [two] دُعي أصحاب مشروعين.
        [few] دُعي أصحاب { $count } مشاريع.
        [many] دُعي أصحاب { $count } مشروعاً.
       *[other] دُعي أصحاب { $count } مشروع.
    }
stories-missing = { $count ->
        [0] لكل بطل وفائز قصة تمت الموافقة عليها.
        [one] بطل أو فائز واحد ليست له بعد قصة تمت الموافقة عليها: سيطبع الكتاب وصفه المختصر بدلاً منها.
        [two] بطلان أو فائزان ليست لهما بعد قصة تمت الموافقة عليها: سيطبع الكتاب وصفيهما المختصرين بدلاً منها.
        [few] { $count } أبطال وفائزين ليست لهم بعد قصص تمت الموافقة عليها: سيطبع الكتاب أوصافهم المختصرة بدلاً منها.
        [many] { $count } بطلاً وفائزاً ليست لهم بعد قصص تمت الموافقة عليها: سيطبع الكتاب أوصافهم المختصرة بدلاً منها.
       *[other] { $count } بطل وفائز ليست لهم بعد قصص تمت الموافقة عليها: سيطبع الكتاب أوصافهم المختصرة بدلاً منها.
    }
stories-deadline = الموعد النهائي للقصص
stories-invite = دعوة أصحاب المشاريع البطلة والفائزة
book-title = كتاب قصص النجاح
book-edition-title = WSIS Stocktaking: Success Stories { $year }
book-preview = معاينة الكتاب
book-preview-note = معاينة للأمانة: يُنشر الكتاب مع النتائج.
book-download = تنزيل الكتاب (PDF)
book-contents = المحتويات
book-stand-in = لم تتم الموافقة على أي قصة لهذا المشروع: يحلّ وصفه المختصر محلها.
book-none = لم يُنشر بعد كتاب قصص النجاح لهذه الدورة: يُنشر مع النتائج.
story-picture = صورة للقصة
story-picture-alt = صورة القصة
story-done-picture = حُفظت الصورة.
editions-admin-title = الدورات
editions-current = الجارية
editions-edition = الدورة
editions-first-opens = افتتاح المرحلة الأولى
editions-last-closes = اختتام المرحلة الأخيرة
editions-experts = الخبراء
editions-returning = خبراء العام السابق
editions-invite-returning = { $count ->
        [zero] لا يوجد خبراء لإعادة دعوتهم
        [one] إعادة دعوة خبير العام السابق
        [two] إعادة دعوة خبيرَي العام السابق
        [few] إعادة دعوة خبراء العام السابق الـ{ $count }
        [many] إعادة دعوة خبراء العام السابق الـ{ $count }
       *[other] إعادة دعوة خبراء العام السابق الـ{ $count }
    }
editions-returned = { $count ->
        [zero] لم تُعَد دعوة أي خبير.
        [one] أُعيدت دعوة خبير واحد وأُبلغ بالبريد.
        [two] أُعيدت دعوة خبيرين وأُبلغا بالبريد.
        [few] أُعيدت دعوة { $count } خبراء وأُبلغوا بالبريد.
        [many] أُعيدت دعوة { $count } خبيرًا وأُبلغوا بالبريد.
       *[other] أُعيدت دعوة { $count } خبير وأُبلغوا بالبريد.
    }
editions-started = بدأت دورة { $year }. فئاتها وجولاتها وقواعدها هي نفسها في العام السابق: أعِدّها في صفحاتها.
editions-start-title = بدء دورة { $year }
editions-start-intro = تنسخ الدورة الجديدة من دورة { $from } فئاتها بنصوصها بكل اللغات، وجوائزها الخاصة، وإعدادات جولاتها ومعايير تقييمها، وحدود الاستمارة، وقاعدة الفرز. تحصل كل جولة على بذرة سحب جديدة؛ ولا تُنسخ المشاريع ولا الإسنادات ولا المرشحون ولا الجوائز. الجدول الزمني أدناه مقترح بعد عام واحد، في المنطقة الزمنية نفسها: عدّله قبل البدء.
editions-start = بدء الدورة
editions-year-exists = سبق أن بدأت دورة ذلك العام.
editions-next-before-publication = لا يمكن أن تُفتح مرحلة تقديم المشاريع في الدورة الجديدة قبل افتتاح مرحلة النشر في الدورة الجارية.
editions-next-votes-overlap = ستتداخل مرحلة التصويت في الدورة الجديدة مع مرحلة التصويت في دورة أخرى.
editions-mail-returning-subject = جوائز القمة العالمية لمجتمع المعلومات { $year }: أنت عضو في لجنة الخبراء مرة أخرى
editions-mail-returning-body = عزيزي/عزيزتي { $name }،
    
    شكرًا لعملك في الدورة الأخيرة من جوائز القمة العالمية لمجتمع المعلومات. تدعوك الأمانة مجددًا إلى لجنة خبراء دورة { $year }، في الفئات نفسها.
    
    قبل بدء التقييم، راجع هنا صلاتك بالمنظمات والبلدان، حتى لا يُسند إليك أي مشروع تربطك به صلة: { $link }
    
    إذا تعذّرت عليك المشاركة هذا العام، فردّ على هذه الرسالة.
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
submissions-edition = جوائز القمة العالمية لمجتمع المعلومات { $year }
outcome-nominee = مرشح
outcome-not-nominee = لم يُدرج في القائمة المختصرة
outcome-champion = بطل
outcome-winner = فائز
outcome-special-recognition = تنويه خاص
outcome-stage-shortlist = القائمة المختصرة
outcome-stage-award = الجائزة
outcome-mail-nominee-subject = «{ $title }» مرشح لجوائز القمة العالمية لمجتمع المعلومات { $year }
outcome-mail-nominee-body = عزيزي/عزيزتي { $name }،
    
    أدرج الخبراء «{ $title }» في القائمة المختصرة: فهو من المرشحين في فئة { $category }، والتصويت العام مفتوح الآن. يمكن لأي شخص التصويت له هنا: { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
outcome-mail-not-nominee-subject = لم يُدرج «{ $title }» في القائمة المختصرة لجوائز القمة العالمية لمجتمع المعلومات { $year }
outcome-mail-not-nominee-body = عزيزي/عزيزتي { $name }،
    
    شكرًا لتقديمك «{ $title }» في فئة { $category }. لم يدرجه الخبراء بين المرشحين هذا العام: التصويت مفتوح الآن والمرشحون معلنون. يمكنك المشاركة مجددًا في العام المقبل.
    
    مشاريعك المقدَّمة: { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
outcome-mail-champion-subject = «{ $title }» بطل في جوائز القمة العالمية لمجتمع المعلومات { $year }
outcome-mail-champion-body = عزيزي/عزيزتي { $name }،
    
    نُشرت نتائج جوائز القمة العالمية لمجتمع المعلومات { $year }: «{ $title }» بطل في فئة { $category }. تهانينا.
    
    صفحته: { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
outcome-mail-winner-subject = «{ $title }» فائز بجوائز القمة العالمية لمجتمع المعلومات { $year }
outcome-mail-winner-body = عزيزي/عزيزتي { $name }،
    
    نُشرت نتائج جوائز القمة العالمية لمجتمع المعلومات { $year }: «{ $title }» هو الفائز في فئة { $category }. تهانينا.
    
    صفحته: { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
outcome-mail-special-recognition-subject = «{ $title }» ينال تنويهًا خاصًا في جوائز القمة العالمية لمجتمع المعلومات { $year }
outcome-mail-special-recognition-body = عزيزي/عزيزتي { $name }،
    
    نُشرت نتائج جوائز القمة العالمية لمجتمع المعلومات { $year }: «{ $title }» ينال تنويهًا خاصًا في فئة { $category }. تهانينا.
    
    صفحته: { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
results-mail-subject = نُشرت نتائج جوائز القمة العالمية لمجتمع المعلومات { $year }
results-mail-body = عزيزي/عزيزتي { $name }،
    
    شكرًا لتصويتك في جوائز القمة العالمية لمجتمع المعلومات { $year }. نُشرت النتائج: { $results }
    
    كل صوت سطرٌ في السجل العام، وينتهي السجل بهذه البصمة:
    
    { $head }
    
    احتفظ بها: يمكن لأي شخص تنزيل السجل من صفحة النتائج والتحقق من أنه ينتهي بالبصمة نفسها وأن الفرز ناتج عنه. للتحقق من أن أصواتك موجودة في السجل وما إذا احتُسبت، أدخل هنا الإيصالات التي تلقيتها عند التصويت: { $receipt }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
vote-void-mail-subject = لم يعد صوتك في { $category } يُحتسب: يمكنك التصويت من جديد
vote-void-mail-body = عزيزي/عزيزتي { $name }،
    
    لقد صوّتَ في { $category } لـ { $nominee }. انسحب هذا المرشح من جوائز القمة العالمية لمجتمع المعلومات، لذا لم يعد صوتك يُحتسب.
    
    يمكنك التصويت مرة أخرى في هذه الفئة، لمرشح آخر، حتى { $closes }: { $ballot }
    
    وإلى أن تفعل، تبقى بطاقتك مكتملة. يبقى إيصالك الأول في السجل العام، مع الإشارة إلى أنه غير صالح.
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
draft-reminder-mail-subject = لم يُرسَل ترشيحك «{ $title }» بعد: يُغلق تقديم الترشيحات في { $closes }
draft-reminder-mail-body = عزيزي/عزيزتي { $name }،
    
    لا يزال ترشيحك «{ $title }» في { $category } مسودة: لا يشارك في جوائز القمة العالمية لمجتمع المعلومات إلا بعد إرساله، ويُغلق تقديم الترشيحات في { $closes }.
    
    أكمله وأرسله من هنا: { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
book-ledger-head = ينتهي سجل التصويت العام بهذه البصمة:
editions-editing = أنت تعدّل دورة { $year }.
editions-other = كل الدورات
archive-title = الدورات
archive-lead = كل دورة من دورات جوائز القمة العالمية لمجتمع المعلومات التي أُقيمت على هذه المنصة، مع أرقامها بقدر ما هي معلنة: المرشحون منذ افتتاح التصويت، والأصوات والفائزون بعد نشر النتائج.
archive-submissions = المشاريع المقدَّمة
archive-nominees = المرشحون
archive-votes = الأصوات الصحيحة
archive-winners = الفائزون
archive-not-yet = غير معلن بعد
archive-results = النتائج
archive-open-data = البيانات المفتوحة
archive-categories = الفئات
archive-link = كل الدورات
submission-copy = ابدأ مشاركة هذا العام انطلاقًا من هذا المشروع
submission-copy-same-edition = هذا المشروع من الدورة الجارية: عدّله بدلًا من ذلك.
submission-copy-category-gone = فئته غير موجودة في الدورة الجارية: ابدأ مشاركة جديدة في فئة أخرى.
thread-title = الرسائل
thread-written = أُرسلت رسالتك.
thread-none = لا توجد رسائل بعد.
thread-new = جديدة
thread-body = رسالتك
thread-send = أرسل الرسالة
thread-draft = تُكتب الرسائل بشأن المشاركة بعد إرسالها. وحتى ذلك الحين، اكتب إلى عنوان الأمانة في أسفل الصفحة.
thread-secretariat = أمانة جوائز القمة العالمية لمجتمع المعلومات
thread-former-owner = مالك سابق
thread-empty = اكتب الرسالة أولاً.
thread-too-long = لا تتجاوز الرسالة 4000 حرف.
thread-mail-owners-subject = رسالة من أمانة جوائز القمة العالمية لمجتمع المعلومات بشأن «{ $title }»
thread-mail-owners-body = عزيزي/عزيزتي { $name }،
    
    كتبت أمانة جوائز القمة العالمية لمجتمع المعلومات بشأن مشاركتك «{ $title }»:
    
    { $message }
    
    اقرأ الرسائل وأجب هنا: { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
thread-mail-secretariat-subject = رسالة بشأن «{ $title }» من { $author }
thread-mail-secretariat-body = كتب { $author } ({ $email }) بشأن المشاركة «{ $title }»:
    
    { $message }
    
    اقرأ المراسلة وأجب هنا: { $link }
inbox-title = الرسائل
inbox-none = لا توجد رسائل لأي مشاركة بعد.
inbox-unread = رسائل المالكين غير المقروءة: { $count }
inbox-submission = المشاركة
inbox-latest = آخر رسالة
inbox-messages = الرسائل
inbox-from-owners = المالكون
inbox-line-unread = { $count } غير مقروءة
correction-title = تصحيح هذه المشاركة
correction-lead = صحّح خطأً مطبعياً أو معلومة خاطئة في مشاركة مُرسلة، في أي مرحلة. يُبلَّغ مالكوها بالحقول التي تغيّرت وسبب ذلك؛ ويُحفظ التغيير في سجل التدقيق بالقيم قبله وبعده، وتعرضه فوراً كل الصفحات العامة وبطاقة التصويت والبيانات المفتوحة والكتاب.
correction-done = حُفظ التصحيح وأُبلغ المالكون.
correction-reason = سبب التصحيح
correction-reason-hint = يُبلَّغ به المالكون ويُحفظ في سجل التدقيق.
correction-save = احفظ التصحيح
correction-picture-save = استبدل الصورة
correction-unchanged = لم يتغيّر شيء: صحّح حقلاً أولاً.
correction-mail-subject = صحّحت أمانة جوائز القمة العالمية لمجتمع المعلومات «{ $title }»
correction-mail-body = عزيزي/عزيزتي { $name }،
    
    صحّحت أمانة جوائز القمة العالمية لمجتمع المعلومات مشاركتك «{ $title }».
    
    ما تغيّر: { $fields }
    السبب: { $reason }
    
    اطّلع على مشاركتك هنا: { $link }
    
    أمانة جوائز القمة العالمية لمجتمع المعلومات
category-in-english = (بالإنجليزية)
privacy-mail-h = رسائل المسابقة
privacy-mail-p = إلى جانب ما يخص حسابك ومشاركاتك، قد تكتب الأمانة إلى مجموعة تنتمي إليها (مالكو المشاركات، المرشحون، الخبراء، المصوّتون الذين لم تكتمل بطاقاتهم)، ويتلقى المصوّتون تذكيراً قبل إغلاق التصويت. وتنتهي كل رسالة من هذه الرسائل إلى المصوّتين برابط يوقفها دون تسجيل الدخول. أما رسائل التأكيد وإعادة تعيين كلمة المرور وما يخص مشاركاتك فتُرسل دائماً.
contest-mail-footer = تتلقى هذه الرسالة بصفتك مصوّتاً في جوائز القمة العالمية لمجتمع المعلومات. لكي لا تتلقى مزيداً من رسائل المسابقة، اتبع هذا الرابط: { $link }
stop-mail-title = رسائل المسابقة
stop-mail-lead = هل تريد إيقاف رسائل مسابقة جوائز القمة العالمية لمجتمع المعلومات إلى هذا العنوان (أخبار الأمانة وتذكيرات التصويت)؟ يظل ما يخص حسابك (تأكيد، إعادة تعيين كلمة المرور) يُرسل.
stop-mail-button = أوقف رسائل المسابقة
stop-mail-done = تم: لن تتلقى مزيداً من رسائل المسابقة.
stop-mail-already = رسائل المسابقة إلى هذا العنوان موقوفة بالفعل.
mailings-title = الرسائل الجماعية
mailings-lead = اكتب إلى مجموعة من الدورة الحالية. تعرض الصفحة التالية نسخة كل لغة وعدد من يتلقونها؛ ولا يُرسل شيء قبل أن تؤكد. ويتلقى كل شخص نسخة لغته، وإلا فالنسخة الإنكليزية، مرة واحدة.
mailing-new = رسالة جماعية جديدة
mailing-audience = المجموعة
mailing-category = الفئة (لمالكي المشاركات المُرسلة)
mailing-all-categories = كل الفئات
mailing-round = الجولة (للخبراء)
mailing-optional = اختياري
mailing-subject = الموضوع
mailing-body = الرسالة
mailing-prepare = راجع الرسالة ومتلقيها
mailings-of = الرسائل الجماعية لعام { $year }
mailings-none = لا توجد رسائل جماعية بعد.
mailing-progress = المُرسَل
mailing-check = راجع الرسالة الجماعية وأكّدها
mailing-counts = عدد المتلقين: { $recipients }، المُرسَل: { $sent }
mailing-version-recipients = عدد المتلقين: { $count }
mailing-confirm-hint = لا يمكن التراجع عن الإرسال. تخرج الرسائل بمعدل صندوق الصادر ابتداءً من الدقيقة التالية.
mailing-send = أرسل (عدد المتلقين: { $count })
mailing-discard = تخلَّ عن هذه الرسالة
mailing-discarded = تم التخلي عن الرسالة.
mailing-confirmed-notice = تم التأكيد: الرسالة قيد الإرسال.
mailing-confirmed-at = أُكّدت في { $at }.
mailing-audience-drafts = مالكو المسودات غير المُرسلة
mailing-audience-sent = مالكو المشاركات المُرسلة
mailing-audience-nominees = مالكو المشاركات المرشحة
mailing-audience-experts = خبراء جولة
mailing-audience-voters = مصوّتون لم تكتمل بطاقاتهم
mailing-status-prepared = بانتظار التأكيد
mailing-status-sending = قيد الإرسال
mailing-status-sent = أُرسلت
mailing-audience-invalid = اختر مجموعة.
mailing-category-invalid = اختر فئة من هذه الدورة.
mailing-round-invalid = اختر جولة من هذه الدورة.
mailing-subject-required = اكتب موضوعاً.
mailing-subject-invalid = الموضوع سطر واحد لا يتجاوز 200 حرف.
mailing-body-required = اكتب الرسالة.
mailing-body-too-long = لا تتجاوز الرسالة 20000 حرف.
mailing-nobody = لا يوجد أحد في هذه المجموعة الآن.
mailing-confirmed = هذه الرسالة مؤكدة بالفعل.
exports-title = التصدير
exports-lead = نزّل ما تحتاجه التقارير في شكل جدول بيانات (XLSX: تبقى الأرقام أرقاماً) أو CSV. ويُحفظ كل تنزيل في سجل التدقيق مع اسم من قام به. وتتطلب الحسابات ذكر سبب، وتُستبعد منها عناوين البريد الإلكتروني ما لم تحدد المربع.
export-what = ما يُصدَّر
export-submissions = المشاركات (كل الحقول، صف لكل مشاركة)
export-screening = قرارات الفرز
export-reviews = تكليفات الخبراء ودرجاتهم
export-votes = أرقام التصويت حسب الفئة واليوم
export-accounts = الحسابات (دون كلمات المرور أبداً)
export-year = الدورة
export-format = الصيغة
export-reason = السبب (إلزامي للحسابات)
export-reason-hint = يُحفظ في سجل التدقيق.
export-addresses = أدرج عناوين البريد الإلكتروني للحسابات
export-download = نزّل
export-kind-invalid = اختر ما تريد تصديره.
export-format-invalid = اختر XLSX أو CSV.
export-year-invalid = اختر دورة.
discussion-title = النقاش مع الخبراء الآخرين
discussion-later = بعد أن ترسل تقييمك، سترى درجات الخبراء الآخرين وتعليقاتهم على هذه المشاركة ويمكنك مناقشتها معهم.
discussion-written = أُضيفت رسالتك إلى النقاش.
discussion-lead = يراك الخبراء الآخرون باسم «{ $me }»؛ ولا يُذكر اسم أحد. ولا يرى مالكو المشاركة هذا النقاش أبداً.
discussion-no-reviews = لم يرسل أي خبير آخر تقييماً لهذه المشاركة بعد.
discussion-body = رسالتك إلى الخبراء الآخرين
discussion-send = أضف إلى النقاش
discussion-expert = الخبير { $n }
discussion-on = يناقش خبراء هذه الجولة المشاركة بعد أن يرسلوا تقييمهم.
discussion-off-state = نقاش الخبراء متوقف في هذه الجولة.
discussion-turn-off = أوقف النقاش
discussion-turn-on = شغّل النقاش
discussion-empty = اكتب الرسالة أولاً.
discussion-too-long = لا تتجاوز الرسالة 4000 حرف.
discussion-after-review = أرسل تقييمك لهذه المشاركة أولاً.
discussion-off = النقاش متوقف في هذه الجولة.

# English: the reference language of the WSIS Prizes platform.
# Keys are grouped by page; messages used as error codes end in -required, -invalid, etc.

site-name = جوائز القمة العالمية لمجتمع المعلومات
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
error-rate-limited = محاولات كثيرة جداً. أعد المحاولة بعد { $seconds } ثانية.
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

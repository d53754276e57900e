# English: the reference language of the WSIS Prizes platform.
# Keys are grouped by page; messages used as error codes end in -required, -invalid, etc.

site-name = Премии ВВУИО
meta-description = Премии ВВУИО — ежегодный конкурс МСЭ для проектов, воплощающих решения Всемирной встречи на высшем уровне по вопросам информационного общества: представьте проект, голосуйте за те, в которые верите, узнайте победителей.
footer-text = Премии ВВУИО — ежегодный конкурс МСЭ для проектов, воплощающих в жизнь направления деятельности Всемирной встречи на высшем уровне по вопросам информационного общества.

## Navigation
nav-label = Главное меню
nav-languages = Языки
nav-skip = Перейти к содержанию
nav-home = Главная
nav-sign-in = Войти
nav-sign-out = Выйти
nav-register = Зарегистрироваться
nav-admin = Секретариат

## Dates: { $day } { $month } { $year }, { $time } { $zone }
datetime = { $day } { $month } { $year } г., { $time } { $zone }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Phases
phase-submission = Представление проектов
phase-screening = Проверка проектов и составление экспертами краткого списка
phase-voting = Открытое онлайновое голосование
phase-selection = Определение победителей
phase-publication = Объявление победителей и чемпионов
standing-open = Этап «{ $phase }» открыт до { $when }.
standing-upcoming = Этап «{ $phase }» начнется { $when }.
standing-over = Этот конкурс завершен. Благодарим всех, кто принял в нем участие.

## Home
home-eyebrow = МСЭ · Всемирная встреча на высшем уровне по вопросам информационного общества
home-lead = Проекты правительств, деловых кругов, гражданского общества, международных организаций и академических кругов, благодаря которым преимущества информационно-коммуникационных технологий становятся доступны людям во всем мире. Представьте свой проект, голосуйте за те, в которые вы верите, и узнайте победителей.
home-calendar = Календарь
home-categories = 18 категорий
home-no-edition = Конкурс еще не создан.

## Categories
category-eyebrow = Категория { $code }
category-counts = Номинанты: { $nominees } · Чемпионы: { $champions } · Победители: { $winners }
category-nominees = Номинанты
category-nominees-list = Список номинантов
category-champions = Чемпионы
category-winners = Победители

## Forms
field-email = Адрес электронной почты
field-password = Пароль
field-password-hint = Не менее 12 символов. Хороший пароль — несколько не связанных между собой слов.
field-new-password = Новый пароль
field-current-password = Текущий пароль
field-name = Ваше имя
field-organisation = Организация
field-country = Страна организации
field-region = Регион МСЭ
field-stakeholder-type = Категория заинтересованной стороны
field-language = Язык сообщений электронной почты
field-choose = Выберите…

stakeholder-government = Правительство
stakeholder-business-sector = Деловой сектор
stakeholder-civil-society = Гражданское общество
stakeholder-international-organisation = Международная организация
stakeholder-academia = Академические круги
stakeholder-other = Другое

region-africa = Африка
region-americas = Северная и Южная Америка
region-arab-states = Арабские государства
region-asia-pacific = Азиатско-Тихоокеанский регион
region-cis = СНГ
region-europe = Европа

## Field messages
email-required = Введите адрес электронной почты.
email-invalid = Адрес электронной почты указан неверно.
email-too-long = Этот адрес электронной почты слишком длинный.
email-taken = Этот адрес электронной почты уже используется учетной записью. Войдите в систему или сбросьте пароль.
email-already-confirmed = Ваш адрес электронной почты уже подтвержден.
password-too-short = Используйте не менее 12 символов.
password-too-long = Используйте не более 256 символов.
password-too-common = Этот пароль слишком распространен или его слишком легко угадать. Попробуйте несколько не связанных между собой слов.
credentials-wrong = Неверный адрес электронной почты или пароль.
name-required = Введите свое имя.
name-too-long = Используйте не более 200 символов.
name-invalid-characters = Удалите управляющие символы.
organisation-required = Введите название своей организации.
organisation-too-long = Используйте не более 300 символов.
organisation-invalid-characters = Удалите управляющие символы.
title-required = Введите название.
title-too-long = Используйте не более 200 символов.
title-invalid-characters = Удалите управляющие символы.
country-required = Выберите страну.
stakeholder-type-required = Выберите категорию заинтересованной стороны.
link-invalid = Эта ссылка недействительна. Скопируйте ссылку из письма полностью.
link-used = Эта ссылка уже была использована.
link-expired = Срок действия этой ссылки истек. Запросите новую.
reason-required = Укажите причину; она будет сохранена в журнале аудита.
reason-too-long = Используйте не более 2000 символов.

## Errors
error-invalid = Некоторые поля требуют исправления.
error-not-found = Такой страницы не существует.
error-unauthenticated = Войдите в систему, чтобы продолжить.
error-forbidden = У вас нет прав на выполнение этого действия.
error-conflict = Это противоречит существующим данным.
error-phase-closed = Это невозможно на текущем этапе конкурса.
error-rate-limited = Слишком много попыток. Повторите попытку через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.
error-internal = На нашей стороне произошла ошибка. Повторите попытку позже.
error-request = Не удалось выполнить запрос. Проверьте подключение к сети и повторите попытку.
account-disabled = Эта учетная запись отключена. Обратитесь в секретариат ВВУИО.

## Registration
register-title = Создание учетной записи
register-lead = С одной учетной записью вы можете представлять проекты, следить за ними и участвовать в открытом онлайновом голосовании.
register-submit = Создать учетную запись
register-have-account = У меня уже есть учетная запись
register-done-title = Проверьте почтовый ящик
register-done-body = Мы отправили вам ссылку для подтверждения адреса электронной почты. Она действительна в течение 48 часов. Вы уже можете войти в систему; представлять проекты и голосовать можно будет после подтверждения адреса.

## E-mail confirmation
confirm-title = Подтверждение адреса электронной почты
confirm-ok = Спасибо: ваш адрес электронной почты подтвержден.
confirm-resend-hint = Войдите в систему и откройте раздел «Моя учетная запись», чтобы получить новую ссылку.

## Sign in
login-title = Вход
login-submit = Войти
login-forgot = Забыли пароль?
login-register = Создать учетную запись

## Password reset
forgot-title = Сброс пароля
forgot-lead = Введите адрес электронной почты своей учетной записи. Мы отправим вам ссылку для выбора нового пароля; она действительна в течение одного часа и может быть использована только один раз.
forgot-submit = Отправить ссылку
forgot-sent = Если этот адрес используется какой-либо учетной записью, ссылка уже отправлена. Проверьте почтовый ящик.
reset-title = Выбор нового пароля
reset-submit = Сохранить новый пароль
reset-done = Ваш пароль изменен. Войдите в систему с новым паролем.

## My account
account-title = Моя учетная запись
account-profile = Профиль
account-save = Сохранить
account-saved = Ваш профиль сохранен.
account-change-password = Изменить пароль
account-password-changed = Ваш пароль изменен. На других устройствах выполнен выход из системы.
account-confirmed = подтвержден
account-unconfirmed = адрес электронной почты не подтвержден
account-resend = Отправить ссылку для подтверждения повторно
account-confirmation-sent = Новая ссылка для подтверждения отправлена.

## Roles
role-expert = Эксперт
role-secretariat = Секретариат
role-unknown = Неизвестная роль.
role-already-granted = У этой учетной записи уже есть эта роль.
role-not-granted = У этой учетной записи нет этой роли.

## Secretariat
admin-title = Секретариат
admin-accounts = Учетные записи
admin-accounts-count = Учетных записей: { $count }
admin-unmailable-title = Адреса, на которые не доходит почта
admin-unmailable-help = Учетных записей с адресом, который почтовый сервер отклоняет (созданы до проверки адресов им): { $count }. До них не доходят подтверждения, сбросы пароля и приглашения. Попросите владельцев указать исправленный адрес.
admin-search = Поиск по адресу электронной почты, имени или организации
admin-search-submit = Найти
admin-status = Статус
admin-status-active = активна
admin-status-unconfirmed = адрес электронной почты не подтвержден
admin-status-disabled = отключена
admin-roles = Роли
admin-act = Действие
admin-reason = Причина
admin-apply = Применить
admin-not-yourself = Это действие нельзя выполнить в отношении собственной учетной записи.
admin-op-unknown = Неизвестное действие.
admin-op-grant-expert = Назначить роль эксперта
admin-op-revoke-expert = Снять роль эксперта
admin-op-grant-secretariat = Назначить роль секретариата
admin-op-revoke-secretariat = Снять роль секретариата
admin-op-disable = Отключить учетную запись
admin-op-enable = Включить учетную запись
admin-mail = Перехваченные письма
admin-mail-lead = Почтовый сервер не настроен, поэтому сообщения хранятся здесь, а не отправляются. Чтобы они доставлялись, задайте WSIS_SMTP_URL.
admin-mail-empty = Сообщений пока нет.
admin-audit = Журнал аудита
admin-audit-chain-ok = Цепочка записей журнала аудита не нарушена.
admin-audit-chain-broken = Цепочка записей журнала аудита нарушена на записи { $id }: запись была изменена или удалена.
admin-audit-when = Когда
admin-audit-who = Кто
admin-audit-what = Что
admin-audit-system = система

## Calendar
calendar-title = Конкурс и календарь
calendar-edition-title = Название конкурса
calendar-time-zone = Часовой пояс
calendar-time-zone-hint = Название по базе IANA, например Europe/Zurich (Женева). Даты ниже указаны в этом часовом поясе.
calendar-phase = Этап
calendar-opens = Начало
calendar-closes = Окончание
calendar-opened = начат
calendar-reason = Причина изменения
calendar-reason-hint = Обязательно при изменении уже начавшегося этапа; сохраняется в журнале аудита.
calendar-save = Сохранить календарь
calendar-saved = Календарь сохранен.
calendar-phase-missing = Для каждого этапа нужны дата начала и дата окончания.
calendar-closes-before-opens = Этап должен заканчиваться позже, чем начинается.
calendar-overlap = Этот этап начинается до окончания предыдущего.
calendar-date-invalid = Введите дату и время.
calendar-time-zone-unknown = Неизвестный часовой пояс. Используйте название по базе IANA, например Europe/Zurich.
calendar-reason-required = Изменяется уже начавшийся этап: укажите причину.

## Mail
mail-confirm-subject = Подтвердите адрес электронной почты для участия в Премиях ВВУИО
mail-confirm-body =
    Уважаемый(-ая) { $name }!

    Благодарим вас за регистрацию на платформе Премий ВВУИО. Пожалуйста, подтвердите свой адрес электронной почты, перейдя по этой ссылке в течение 48 часов:

    { $link }

    Если вы не регистрировались, просто проигнорируйте это сообщение.

    Секретариат Премий ВВУИО, МСЭ
mail-reset-subject = Сброс пароля на платформе Премий ВВУИО
mail-reset-body =
    Уважаемый(-ая) { $name }!

    Поступил запрос на сброс пароля вашей учетной записи на платформе Премий ВВУИО. Чтобы выбрать новый пароль, перейдите по этой ссылке в течение одного часа:

    { $link }

    Если вы не отправляли такой запрос, просто проигнорируйте это сообщение; ваш пароль останется прежним.

    Секретариат Премий ВВУИО, МСЭ

## Categories (secretariat)
categories-title = Категории
categories-saved = Категория сохранена.
categories-opened = Этап представления проектов открыт: участники, представляющие проекты, ориентируются на эти категории. Для любого изменения нужно указать причину; оно сохраняется в журнале аудита.
categories-add = Добавить категорию или специальную премию
categories-add-hint = Например, «Специальное признание» без направления деятельности или отдельная премия. Она проходит все этапы наравне с категориями направлений деятельности.
categories-save = Сохранить категорию
category-code = Код
category-number = Порядок
category-special = Специальная премия (не направление деятельности)
category-title-en = Название на английском языке
category-description-en = Описание на английском языке
category-title-fr = Название на французском языке (необязательно; пока нет перевода, показывается английский текст)
category-description-fr = Описание на французском языке (необязательно)
category-title-es = Название на испанском языке (необязательно; пока нет перевода, показывается английский текст)
category-description-es = Описание на испанском языке (необязательно)
category-title-ru = Название на русском языке (необязательно; пока нет перевода, показывается английский текст)
category-description-ru = Описание на русском языке (необязательно)
category-title-zh = Название на китайском языке (необязательно; пока нет перевода, показывается английский текст)
category-description-zh = Описание на китайском языке (необязательно)
category-title-ar = Название на арабском языке (необязательно; пока нет перевода, показывается английский текст)
category-description-ar = Описание на арабском языке (необязательно)
category-reason = Причина изменения (необязательно до начала представления проектов)
category-reason-required-label = Причина изменения (обязательно)
category-code-invalid = Используйте не более 20 букв, цифр, точек или дефисов, например C7.4.
category-code-taken = Этот код уже используется другой категорией этого конкурса.
category-number-invalid = Введите целое число от 1 до 999.
category-count-invalid = Введите целое число от 1 до 1000.
category-champions-over-nominees = Чемпионов не может быть больше, чем номинантов.
category-winners-over-champions = Победителей не может быть больше, чем чемпионов.
category-text-required = Этот текст обязателен.
category-text-too-long = Этот текст слишком длинный.
category-reason-required = Представление проектов уже началось: укажите причину этого изменения.

## Submissions
nav-submissions = Мои заявки
submissions-title = Мои заявки
submissions-none = У вас пока нет заявок.
submissions-new = Представить проект
submissions-start = Начать черновик
submission-title = Заявка
submission-category = Категория
submission-status = Статус
submission-missing = Еще не заполнено
submission-untitled = (черновик без названия)
submission-until = до { $when }
submission-sent = Ваша заявка направлена в секретариат ВВУИО. О результатах ее проверки вам сообщат по электронной почте.
submission-changes-asked = Секретариат просит внести изменения:
submission-decisions = Проверка
submission-needs-js = С JavaScript эта форма подсчитывает слова по мере ввода. Без него форма работает так же: слова подсчитываются при сохранении.
submission-saved = Черновик сохранен.
submission-save = Сохранить черновик
submission-send = Направить в секретариат
submission-complete = Все обязательные поля заполнены. После отправки заявку нельзя будет изменить, если только секретариат не попросит внести изменения.
submission-still-missing = Перед отправкой заполните:
submission-send-button = Направить заявку
submission-action-lines-hint = Направления деятельности ВВУИО, которым способствует проект, через запятую, например C2, C7.4.
submission-sdgs-hint = Цели в области устойчивого развития, достижению которых он способствует (от 1 до 17), через запятую, например 3, 5, 10.
submission-start-date-hint = Год и месяц, например 2023-04.
submission-field-title = Название проекта
submission-field-organisation = Организация (структура)
submission-field-country = Страна организации
submission-field-stakeholder-type = Категория заинтересованной стороны
submission-field-short-description = Краткое описание (его читают голосующие)
submission-field-action-lines = Направления деятельности ВВУИО
submission-field-sdgs = Цели в области устойчивого развития
submission-field-impact-qualitative = Качественная оценка воздействия
submission-field-impact-quantitative = Количественная оценка воздействия
submission-field-partnerships = Партнерства
submission-field-challenges = Трудности и планы на будущее
submission-field-start-date = Дата начала
submission-field-project-status = Статус проекта
submission-field-website = Веб-сайт
words-between = Слов: { $n } (от { $min } до { $max })
words-at-most = Слов: { $n } (не более { $max })
status-draft = черновик
status-submitted = направлена, ожидает проверки
status-changes-requested = запрошены изменения
status-eligible = соответствует критериям
status-not-eligible = не соответствует критериям
project-status-completed = Завершен
project-status-major-phase-completed = Завершен основной этап
decision-eligible = Соответствует критериям
decision-not-eligible = Не соответствует критериям
decision-changes-requested = Запрошены изменения
decision-moved = Перенесена в другую категорию
decision-changes-lapsed = Срок внесения изменений истек; заявка возвращена на проверку в прежнем виде
flag-similar-title = Название совпадает или почти совпадает с названием заявки
flag-same-entity-category = Та же организация в той же категории, что и заявка
flag-similar-description = Описание очень похоже на описание заявки
flag-past-winner = Совпадает с прежним победителем:
flag-past-champion = Прежний чемпион (допускается):
submission-confirm-email-first = Сначала подтвердите адрес электронной почты: перейдите по ссылке, которую мы вам отправили, или запросите новую в разделе «Моя учетная запись».
submission-phase-closed = Этап представления проектов завершен: черновики больше нельзя изменять или отправлять.
submission-deadline-passed = Срок внесения изменений истек.
submission-locked = Эта заявка отправлена, и ее больше нельзя изменить.
submission-entity-taken = У этой организации уже есть заявка в этой категории на этом конкурсе. Если вы считаете, что это ошибка, напишите в секретариат: { $contact }.
category-required = Выберите категорию.
short-description-too-long = Краткое описание слишком длинное: сократите его до допустимого числа слов.
short-description-too-short = Краткое описание слишком короткое: нужно больше слов.
long-text-too-long = Этот текст слишком длинный: сократите его до допустимого числа слов.
long-text-required = Этот текст обязателен.
sdgs-invalid = Используйте номера ЦУР от 1 до 17 через запятую.
sdgs-required = Укажите хотя бы одну цель в области устойчивого развития.
action-lines-invalid = Используйте коды направлений деятельности ВВУИО, например C1 или C7.4, через запятую.
website-invalid = Введите веб-адрес, начинающийся с https://
start-date-invalid = Введите год и месяц начала проекта, например 2023-04.
project-status-required = Укажите, завершен ли проект или его основной этап.
changes-days-invalid = Укажите число дней от 1 до 60.
decision-unknown = Выберите решение.

## Screening
screening-title = Проверка
screening-any = все
screening-flagged-only = только с пометками
screening-filter = Фильтровать
screening-counts = Заявок: { $total }; ожидают проверки: { $submitted }; запрошены изменения: { $changes }; соответствуют критериям: { $eligible }; не соответствуют критериям: { $not_eligible }; отозваны: { $withdrawn }
screening-flags = Пометки
screening-decided = Решение записано, владельцы заявки уведомлены.
notes-title = Внутренние заметки
notes-lead = Эти заметки читает только секретариат: владельцы заявки их никогда не видят.
notes-none = Заметок пока нет.
notes-by = { $author }, { $at }:
notes-body = Заметка для секретариата
notes-add = Добавить заметку
notes-added = Заметка добавлена.
note-empty = Сначала напишите заметку.
note-too-long = Заметка содержит не более 4 000 знаков.
screening-decide = Решение
screening-decision = Решение
screening-text = Причина или сообщение владельцу
screening-text-hint = Обязательно, кроме решения «Соответствует критериям». Владелец заявки его прочитает.
screening-days = Срок для изменений (дней)
screening-days-hint = Только для решения «Запрошены изменения»; по умолчанию 7.
screening-to-category = Перенести в категорию (код)
screening-to-category-hint = Только для решения «Перенесена в другую категорию», например C7.3.
screening-record = Записать решение
screening-closed = Проверка заявок сейчас не идет: решения принимаются на этапе проверки.

## Mail about submissions
mail-submitted-subject = Премии ВВУИО: ваша заявка «{ $title }» получена
mail-submitted-body =
    Уважаемый(-ая) { $name }!

    Ваша заявка «{ $title }» направлена в секретариат ВВУИО, который ее проверит. О результатах проверки вы получите письмо.

    { $link }

    Секретариат Премий ВВУИО, МСЭ
mail-decision-subject = Премии ВВУИО: проверка заявки «{ $title }»
mail-decision-eligible-body =
    Уважаемый(-ая) { $name }!

    Ваша заявка «{ $title }» признана соответствующей критериям Премий ВВУИО. Теперь эксперты составят краткий список номинантов.

    { $link }

    Секретариат Премий ВВУИО, МСЭ
mail-decision-not-eligible-body =
    Уважаемый(-ая) { $name }!

    Ваша заявка «{ $title }» не может быть принята. Причина, указанная секретариатом:

    { $message }

    { $link }

    Секретариат Премий ВВУИО, МСЭ
mail-decision-changes-body =
    Уважаемый(-ая) { $name }!

    Секретариат просит вас внести изменения в заявку «{ $title }»:

    { $message }

    Пожалуйста, внесите изменения и отправьте заявку повторно до указанного выше срока; после его истечения заявка будет проверена в имеющемся виде.

    { $link }

    Секретариат Премий ВВУИО, МСЭ
mail-decision-moved-body =
    Уважаемый(-ая) { $name }!

    Ваша заявка «{ $title }» перенесена в другую категорию. Причина, указанная секретариатом:

    { $message }

    { $link }

    Секретариат Премий ВВУИО, МСЭ
submission-field-picture = Изображение или логотип
submission-picture-alt = Изображение проекта
submission-picture-choose = Выберите изображение (PNG, JPEG или WebP)
submission-picture-hint = Не более { $mb } МБ. Перед сохранением изображение проверяется и преобразуется.
submission-picture-upload = Загрузить изображение
picture-required = Выберите файл для загрузки.
picture-too-large = Этот файл слишком большой.
picture-not-image = Этот файл не является изображением в формате PNG, JPEG или WebP.
picture-too-many-pixels = Слишком большое разрешение изображения: уменьшите его и повторите попытку.
submission-people = Участники
submission-owner = владелец
submission-co-owner = совладелец
submission-invited = приглашен(-а), еще не присоединился(-ась)
submission-remove = Удалить
submission-invite = Пригласить
submission-invite-email = Пригласить совладельца (адрес электронной почты)
submission-invite-hint = Приглашенный сможет изменять и отправлять эту заявку вместе с вами. Если у него нет учетной записи, он сначала регистрируется с этим адресом.
submission-invitation-sent = Приглашение отправлено.
submission-owner-only = Это может сделать только владелец заявки.
submission-owner-stays = Владельца удалить нельзя.
invitation-already-member = Этот человек уже может изменять заявку.
invitation-other-address = Это приглашение предназначено для другого адреса электронной почты: войдите в систему с адресом, на который оно было отправлено.
invitation-title = Приглашение стать совладельцем заявки
invitation-lead = Вас пригласили изменять и отправлять заявку на Премии ВВУИО. Войдите в систему с адресом, на который было отправлено приглашение (или зарегистрируйтесь с ним), а затем примите приглашение.
invitation-accept = Принять приглашение
mail-invitation-subject = { $inviter } приглашает вас к работе над заявкой на Премии ВВУИО
mail-invitation-body =
    Здравствуйте!

    { $inviter } приглашает вас совместно изменять и отправлять заявку «{ $title }» на Премии ВВУИО. Перейдите по этой ссылке в течение 14 дней, войдите в систему с этим адресом электронной почты (или зарегистрируйтесь с ним) и примите приглашение:

    { $link }

    Если вы не знаете этого человека, просто проигнорируйте это сообщение.

    Секретариат Премий ВВУИО, МСЭ

## Registry (secretariat)
registry-title = Победители и организации
past-winners-title = Победители прошлых конкурсов
past-winners-lead = Вставьте CSV, по одному победителю в строке: год, категория, название, организация, страна (код ISO, например KE). Новые заявки, совпадающие с одним из них, помечаются для проверяющего; решение принимает секретариат.
past-winners-csv = CSV
past-winners-import = Импортировать
past-winners-report = Импортировано победителей: { $imported }; уже известны: { $skipped }; отправленных заявок, теперь совпадающих с прежним победителем: { $flagged }.
past-winners-line = Строка { $line }: { $problem }
past-winners-line-unreadable = строку невозможно прочитать как CSV.
past-winners-line-columns = нужны пять столбцов: год, категория, название, организация, страна.
past-winners-line-year = год должен относиться к одному из прошлых конкурсов, начиная с 2000 года.
past-winners-line-country = неизвестный код страны.
past-winners-line-text = категория, название или организация не указаны или слишком длинные.
past-winners-too-long = Этот CSV слишком длинный: импортируйте его по частям.
past-winners-empty = В CSV нет ни одного победителя.
organisations-title = Организации
organisations-lead = Если две организации — одна и та же структура под двумя названиями, присоедините одну к другой. Ее заявки переходят вместе с ней; если в одной категории оказываются две заявки, они помечаются для проверяющего.
organisations-search = Поиск по названию
organisations-from = Присоединить организацию номер
organisations-into = к организации номер
organisations-merge = Объединить
organisations-merged = Организации объединены.
merge-same-organisation = Выберите две разные организации.
screening-dismiss = Снять пометку
home-submit = Представить проект
screening-pages = Страницы очереди

## Hardening: withdrawal, drafts, contact, errors
footer-contact = Есть вопросы? Напишите в секретариат Премии ВВУИО:
error-busy = Сервер перегружен. Повторите попытку через { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.
mail-register-again-subject = Кто-то попытался зарегистрироваться с вашим адресом электронной почты
mail-register-again-body =
    Здравствуйте, { $name }!

    Кто-то только что попытался создать учетную запись Премии ВВУИО с вашим адресом электронной почты, для которого учетная запись уже есть. Новая учетная запись не создана, ваш пароль не изменился.

    Если это были вы, войдите: { $login }
    Если вы забыли пароль, задайте новый: { $forgot }

    Если это были не вы, просто проигнорируйте это письмо.

    Секретариат Премии ВВУИО, МСЭ
link-other-account = Эта ссылка относится к другой учетной записи. Выйдите, затем снова откройте ссылку и войдите в учетную запись, на адрес которой она была отправлена.
login-to-confirm = Войдите, чтобы подтвердить адрес электронной почты. Если это не ваш пароль, значит, эту учетную запись создали не вы: нажмите «Забыли пароль?», чтобы задать свой.
invitation-phase-closed = Этап подачи заявок завершен: состав участников заявки больше нельзя изменить.
status-withdrawn = отозвана
decision-withdrawn = Отозвана
problem-title = Что-то пошло не так
problem-none = Сообщать не о чем.
submission-delete = Удалить этот черновик
submission-delete-hint = Черновик и его изображение удаляются безвозвратно, в том числе для совладельцев.
submission-delete-button = Удалить черновик
submission-not-draft = Удалить можно только черновик. Отправленную заявку можно отозвать.
submissions-deleted = Черновик удален.
submission-withdraw = Отозвать эту заявку
submission-withdraw-hint = Отозванная заявка выбывает из конкурса, и ваша организация снова может подать заявку в этой категории. Отозвать заявку можно до начала открытого голосования.
submission-withdraw-reason = Причина (необязательно)
submission-withdraw-button = Отозвать
submission-withdrawn = Заявка отозвана.
submission-not-sent = Эта заявка не отправлена: удалите черновик.
submission-not-withdrawable = Эта заявка больше не участвует в конкурсе.
withdraw-closed = Открытое голосование началось: теперь отозвать номинанта может только секретариат. Напишите в секретариат.
screening-withdraw = Отозвать
screening-withdraw-hint = Отзыв исключает заявку из конкурса. Причина записывается и отправляется владельцам заявки.
mail-withdrawn-body =
    Здравствуйте, { $name }!

    Ваша заявка «{ $title }» отозвана с конкурса Премии ВВУИО.

    { $message }

    { $link }

    Секретариат Премии ВВУИО, МСЭ
drafts-title = Черновики
drafts-lead = Черновик ничего не резервирует: любой может ввести название любой организации. Подсчет по категориям; найдите название, чтобы увидеть, у кого есть черновики от его имени.
drafts-search = У кого есть черновики от имени организации
drafts-none = Ни у кого нет черновика от этого имени.
drafts-holder = Владелец
drafts-started = Начат
merge-duplicates = У каждой из этих организаций есть отправленная заявка в одной и той же категории. Сначала решите вопрос с каждой парой (признайте одну не соответствующей критериям или перенесите ее), затем объединяйте.
merge-pair = две заявки одной организации в одной категории
changes-too-late = Открытое голосование начинается слишком скоро, чтобы владельцы успели внести изменения.
calendar-screening-during-submission = Разрешить секретариату проверять заявки, пока этап подачи еще открыт
demo-notice = В этом конкурсе демонстрационные данные: проекты, организации и люди на этом сайте вымышлены.
submission-revoke = Отменить

## Оценка экспертами
round-shortlisting = Составление краткого списка
round-selection = Отбор
normalisation-z-score = Нормализация по каждому эксперту (z-оценка)
normalisation-raw = Необработанные средние значения
rubric-empty = Схема оценки должна содержать хотя бы один критерий.
rubric-too-many = Схема оценки может содержать не более 12 критериев.
rubric-title-missing = Укажите название этого критерия.
rubric-title-too-long = Это название слишком длинное (не более 120 символов).
rubric-title-twice = Такое название есть у двух критериев.
rubric-code-twice = У двух критериев одинаковый код.
rubric-weight-range = Вес — целое число процентов от 1 до 100.
rubric-scale-range = Шкала — целое число от 1 до 100.
rubric-weights-sum = Сумма весов должна составлять 100.
rubric-shape-locked = Тур открыт: критерии больше нельзя добавлять, удалять или менять их шкалу — можно только переименовывать их и менять их вес.
formula-weights-sum = Оба веса — целые числа процентов, в сумме составляющие 100.
round-reviews-range = Каждая заявка получает от 1 до 9 оценок.
round-normalisation-unknown = Выберите способ нормализации рейтинга.
round-closed = Этот тур оценки закрыт.
round-not-open = Этот тур оценки еще не открыт.
round-expert-unknown = Учетной записи с таким адресом электронной почты нет. Сначала пригласите эксперта.
round-expert-not-expert = Эта учетная запись не входит в группу экспертов. Сначала пригласите ее.
round-category-unknown = В этом конкурсе нет такой категории.
round-expert-already = Этот эксперт уже оценивает эту категорию.
round-not-an-entry = Эта заявка не участвует в туре.
round-expert-not-in-category = Этот эксперт не оценивает категорию этой заявки.
round-conflict-declared = Этот эксперт заявил о конфликте интересов в отношении этой заявки.
round-conflict-own-entry = Этот эксперт является владельцем или совладельцем этой заявки: никто не оценивает собственную заявку, какой бы ни была причина.
round-conflict-own-organisation = Эта заявка принадлежит организации, указанной в учётной записи эксперта: никто не оценивает заявку своей организации, какой бы ни была причина.
round-already-assigned = Эта заявка уже назначена этому эксперту.
round-review-submitted = Этот эксперт уже отправил оценку этой заявки: назначение сохраняется.
review-score-missing = Поставьте балл.
review-score-number = Балл — это число, например 7 или 7,5.
review-score-decimals = Балл может содержать не более одного знака после запятой.
review-score-range = Этот балл выходит за пределы шкалы критерия.
review-score-unknown-criterion = Балл отправлен по критерию, которого нет в этой схеме оценки.
review-comment-too-long = Комментарий слишком длинный (не более 4000 символов).
review-note-too-long = Примечание слишком длинное.
review-conflicted = Вы заявили о конфликте интересов в отношении этой заявки.
review-own-entry = Это ваша заявка или заявка вашей организации: вы не можете её оценивать.
review-released = Эта заявка больше не назначена вам.
expert-ties-too-many = Не более 20 строк.
expert-tie-too-long = Строка слишком длинная (не более 300 символов).
expert-tie-country = Укажите каждую страну ее двухбуквенным кодом ISO, например KE или FR.
nominees-voting-opened = Открытое голосование началось: состав номинантов больше нельзя изменить.
nominees-none = В этой категории нет заявок, которые нужно подтвердить.
review-mail-assigned-subject = Премии ВВУИО: заявки для оценки
review-mail-assigned-count = { $count ->
        [one] Вам назначена { $count } заявка.
        [few] Вам назначены { $count } заявки.
        [many] Вам назначено { $count } заявок.
       *[other] Вам назначено { $count } заявки.
    }
review-mail-assigned-body =
    Здравствуйте, { $name }!

    Ваш список заявок для оценки находится здесь:

    { $link }

    Каждая заявка оценивается по критериям тура. Вы можете изменить балл до закрытия тура. Если вы связаны с какой-либо заявкой, заявите о конфликте интересов на ее странице: заявка будет передана другому эксперту.
review-mail-invitation-subject = { $inviter } приглашает вас в группу экспертов Премий ВВУИО
review-mail-invitation-body =
    Здравствуйте!

    { $inviter } приглашает вас в группу экспертов Премий ВВУИО. Чтобы принять приглашение, перейдите по этой ссылке в течение 14 дней: создайте там учетную запись или войдите с этим адресом, если учетная запись у вас уже есть.

    { $link }

    Если вы не ожидали этого приглашения, просто проигнорируйте это сообщение.
nav-review = Мои оценки
review-my-title = Мои оценки
review-conflict-done = Конфликт интересов зарегистрирован: заявка исключена из вашего списка и будет передана другому эксперту.
review-none-yet = Ни один тур оценки еще не открыт.
review-progress = Отправлено: { $done } из { $total }
review-closes = закрывается { $when }
review-to-do = Ожидает оценки
review-sent = Отправлена
review-sheet-title = Оценочный лист
review-saved = Ваша оценка отправлена. Вы можете изменить ее до закрытия тура.
review-total = Взвешенная сумма баллов вашей оценки в отправленном виде: { $total } из 100.
review-score-title = Ваши баллы
review-sent-times = { $count ->
        [one] Отправлена { $count } раз.
        [few] Отправлена { $count } раза; все версии сохраняются.
        [many] Отправлена { $count } раз; все версии сохраняются.
       *[other] Отправлена { $count } раза; все версии сохраняются.
    }
review-criterion-scale = (вес { $weight } %, от 0 до { $scale })
review-comment = Комментарий (необязательно)
review-send = Отправить оценку
review-revise = Изменить оценку
review-conflict-title = Конфликт интересов
review-conflict-lead = Если вы связаны с этим проектом (работаете в его организации или с ней, консультируете ее или близко знакомы с командой проекта), заявите об этом: заявка будет исключена из вашего списка и передана другому эксперту.
review-conflict-note = Что вас с ним связывает (необязательно; видит секретариат)
review-conflict-declare = Заявить о конфликте интересов
review-ties-title = Мои связи
review-ties-lead = Платформа никогда не назначит вам заявку организации, с которой вы связаны, а если это предусмотрено условиями конкурса, — и заявку из ваших стран. По одной на строку.
review-ties-organisations = Организации, в которых вы работаете, которые вы консультируете или в которых имеете долю участия
review-ties-countries = Страны, с которыми вы связаны (коды ISO, например KE или FR)
review-ties-other = Другие связи, о которых следует знать секретариату
review-ties-save = Сохранить мои связи
review-ties-saved = Ваши связи сохранены.
review-joined = Добро пожаловать в группу экспертов. Укажите свои связи до того, как вам будут назначены заявки.
review-join-title = Вступить в группу экспертов
review-join-lead = Вы вошли в систему как { $email }. Приглашение должно было быть отправлено на этот адрес.
review-join-accept = Принять приглашение
review-join-have-account = У вас уже есть учетная запись с адресом, на который было отправлено это приглашение?
review-join-new-title = Создание учетной записи эксперта
review-join-new-lead = Ваша учетная запись использует адрес, на который было отправлено это приглашение; ссылка его подтвердила.
review-join-create = Создать учетную запись и вступить
invitation-has-account = Для этого адреса уже есть учетная запись: войдите с ним, а затем примите приглашение.
review-admin-title = Оценка экспертами
review-invite-title = Пригласить эксперта
review-invite-send = Отправить приглашение
review-invited = Приглашение отправлено.
review-round-saved = Тур сохранен.
review-assigned = Добавлено назначений: { $count }.
review-expert-added = Теперь этот эксперт оценивает эту категорию.
review-assignment-removed = Назначение удалено.
review-window-not-yet-open = еще не открыт
review-window-open = открыт
review-window-closed = закрыт
review-seed-commitment = SHA-256 начального значения жеребьевки:
review-seed = Начальное значение жеребьевки:
review-progress-title = Ход работы
review-entries = Заявки
review-reviews-done = Отправленные оценки
review-nominees = Номинанты
review-confirmed = подтверждены
review-export-ranking = Рейтинг (CSV)
review-export-reviews = Оценки (CSV)
review-experts-title = Эксперты
review-expert-email = Адрес электронной почты эксперта
review-expert-add = Добавить в категорию
review-run-assignment = Распределить заявки
review-short-title = Заявки, которым не хватает экспертов
review-short-missing = { $count ->
        [one] не хватает { $count } оценки
        [few] не хватает { $count } оценок
        [many] не хватает { $count } оценок
       *[other] не хватает { $count } оценки
    }
review-submission-number = Номер заявки
review-expert-number = Номер эксперта
review-override-reason = Причина (обязательно, чтобы назначить заявку, несмотря на выявленный конфликт)
review-assign = Назначить
review-settings-title = Настройки и схема оценки
review-reviews-per-entry = Оценок на заявку
review-normalisation = Способ ранжирования
review-country-conflicts = Эксперты не оценивают заявки из своих стран
review-formula-experts = Формула отбора: вес экспертного балла (%)
review-formula-votes = Формула отбора: вес доли голосов (%)
review-criterion = Критерий
review-weight = Вес (%)
review-scale = Шкала
review-change-reason = Причина
review-change-reason-hint = Обязательно после открытия тура: изменение записывается в журнал аудита.
review-save-round = Сохранить тур
review-nominees-confirmed = Номинанты этой категории подтверждены.
review-cut = граница отбора: { $count }
review-tie-rule = При равенстве баллов решает другой балл, затем жеребьевка: SHA-256 начального значения, за которым следует номер заявки, по возрастанию.
review-reviews = Оценки
review-raw-mean = Необработанное среднее
review-z-mean = Нормализованное
review-spread = Разброс
review-flags = Пометки
review-flag-disagreement = расхождение мнений экспертов
review-flag-draw = место определено жеребьевкой
review-flag-nominee = номинант
review-confirm-title = Подтверждение номинантов
review-confirm-lead = Номинантами категории становятся заявки, занимающие в этом рейтинге места с 1-го по { $count }-е. Они публикуются при открытии голосования.
review-confirm-reason-hint = Обязательно, если список уже был подтвержден ранее: изменение записывается в журнал аудита.
review-confirm = Подтвердить номинантов
review-experts-count = { $count ->
        [one] { $count } эксперт
        [few] { $count } эксперта
        [many] { $count } экспертов
       *[other] { $count } эксперта
    }
award-champion = Чемпион
award-winner = Победитель
award-special-recognition = Специальное признание
award-kind-unknown = Выберите победителя или специальное признание.
award-not-a-champion = Выбрать можно только чемпиона этой категории.
award-winners-full = В этой категории уже определены все победители.
award-already = Это решение уже принято.
review-award-decided = Решение записано.
review-formula = Итоговый балл = { $experts } % среднего балла экспертов + { $votes } % доли голосов (× 100). При равенстве преимущество имеет большая доля голосов, затем более высокий средний балл экспертов, затем жеребьевка.
review-expert-mean = Средний балл экспертов
review-vote-share = Голоса
review-final-score = Итоговый балл
review-decision = Решение
review-decide-title = Выбор победителей
review-winners-allowed = { $count ->
        [one] В этой категории { $count } победитель.
        [few] В этой категории { $count } победителя.
        [many] В этой категории { $count } победителей.
       *[other] В этой категории { $count } победителя.
    }
review-decide = Записать решение
draw-title = Как определяется порядок при равенстве баллов
draw-lead = Если заявки набрали одинаковые баллы по всем показателям, их порядок определяется жеребьевкой. До закрытия тура оценки здесь публикуется SHA-256 его секретного начального значения, а после закрытия — само начальное значение. Заявки с равными баллами упорядочиваются по SHA-256 начального значения, за которым следует номер заявки (оба в виде текста), по возрастанию:
draw-check = Любой желающий может проверить, что начальное значение совпадает с ранее опубликованным, и воспроизвести порядок несколькими строками кода на любом языке.
draw-none = Ни один тур оценки еще не начался.
draw-seed-at-close = Начальное значение публикуется при закрытии тура.
review-mail-reminder-subject = Премии ВВУИО: срок представления ваших оценок скоро истекает
review-mail-reminder-count = { $count ->
        [one] У вас { $count } назначенная заявка без оценки.
        [few] У вас { $count } назначенные заявки без оценки.
        [many] У вас { $count } назначенных заявок без оценки.
       *[other] У вас { $count } назначенной заявки без оценки.
    }
review-mail-reminder-body =
    Здравствуйте, { $name }!

    Тур оценки закрывается { $when }. Ваш список:

    { $link }
review-mail-nominees-subject = Премии ВВУИО: номинанты, которых нужно подтвердить до открытия голосования
review-mail-nominees-body =
    Здравствуйте, { $name }!

    Открытое голосование начинается { $when }, а в этих категориях еще нет подтвержденных номинантов: { $categories }. Голосование не должно начаться без них. Подтвердите их в туре составления краткого списка:

    { $link }
review-nominees-warning = Открытое голосование начинается { $when }: оно не должно начаться, пока не подтверждены номинанты всех категорий. Еще не подтверждены: { $categories }.

## Общественное голосование
nav-vote = Голосовать
home-vote = Проголосовать
home-results = Результаты голосования
vote-title = Общественное голосование
vote-open-until = Общественное голосование открыто до { $when }.
vote-opens-on = Общественное голосование откроется { $when }.
vote-not-open = Общественное голосование ещё не открыто.
vote-closed = Общественное голосование закрыто.
vote-cast-done = Ваш голос в категории { $category } учтён.
vote-unconfirmed = Чтобы голосовать, подтвердите адрес электронной почты: перейдите по ссылке из нашего письма или запросите новую на странице своей учётной записи.
vote-progress-title = Ваш бюллетень
vote-progress = Вы проголосовали в { $cast } из { $total } категорий.
vote-complete = Голосование завершено: вы проголосовали во всех категориях. Спасибо.
vote-complete-rule = Учитываются только полностью заполненные бюллетени: проголосуйте в каждой категории до закрытия голосования.
vote-left = Осталось проголосовать:
vote-yours = Ваш голос: { $title }
vote-void = Ваш голос за «{ $title }» больше не учитывается: номинант снялся с конкурса. Вы можете проголосовать в этой категории ещё один раз.
vote-void-receipt = Квитанция аннулированного голоса:
vote-receipt = Ваша квитанция (сохраните её, чтобы найти свой голос в опубликованном реестре):
vote-choose-in = Выберите одного номинанта в категории { $category }
vote-cast = Проголосовать в категории { $category }
vote-choose = Выберите номинанта, прежде чем голосовать.
vote-unknown-category = Такой категории нет в бюллетене.
vote-not-a-nominee = Этот проект не является номинантом этой категории.
vote-already-cast = Вы уже проголосовали в этой категории; голос нельзя изменить.
vote-status-valid = Действителен
vote-status-held = Отложен до проверки
vote-status-invalid = Недействителен
vote-admin-title = Общественное голосование
vote-admin-votes = Поданные голоса
vote-admin-voters = Проголосовавшие
vote-admin-complete = Полностью заполненные бюллетени
vote-admin-held = Голоса, отложенные до проверки
vote-admin-invalid = Голоса, признанные недействительными
vote-admin-void = Аннулированные голоса (номинант снят)
results-final-title = Окончательные результаты
results-final-lead = После закрытия голосования и проверки всех отложенных голосов зафиксируйте результаты: действительные голоса, чемпионов каждой категории и открытый реестр. Это действие необратимо.
results-final-button = Зафиксировать результаты
results-final-done = Результаты окончательные: чемпионы определены, реестр сформирован.
results-final-fixed = Результаты зафиксированы { $when }: действительных голосов — { $valid } из { $votes } поданных.
results-ledger-head = Хеш последней строки реестра:
results-vote-running = Голосование еще не закрыто.
results-already-final = Результаты этого голосования уже окончательные.
results-held-votes = Некоторые голоса все еще отложены до проверки: сначала допустите их к подсчету или признайте недействительными.
results-no-nominees = Ни в одной категории нет подтвержденных номинантов: подсчитывать нечего.
receipt-title = Проверка квитанции голоса
receipt-lead = Квитанция каждого голоса известна только проголосовавшему. После публикации результатов введите свою, чтобы найти свой голос в открытом реестре.
receipt-label = Квитанция
receipt-check = Проверить
receipt-not-yet = Квитанции можно проверить после публикации результатов голосования.
receipt-unknown = Голоса с такой квитанцией нет.
receipt-found = Голос по этой квитанции, в категории { $category }, за «{ $nominee }», есть в реестре.
receipt-counted = Он учтён.
receipt-not-counted = Он не учтён (неполный бюллетень, голос признан недействительным или номинант снят).
receipt-hash = В реестре он указан под этим хешем:
receipt-invalid = Это не квитанция: квитанция состоит из 32 букв и цифр (0-9, a-f).
receipt-withdrawn = Недействителен: номинант снялся с конкурса.
results-title = Результаты общественного голосования
results-not-yet = Результаты голосования конкурса «{ $edition }» еще не опубликованы.
results-not-yet-on = Результаты голосования конкурса «{ $edition }» будут опубликованы { $when }.
results-edition-invalid = Конкурс обозначается годом его проведения, например 2027.
results-preview = Предварительный просмотр: до начала этапа публикации эти результаты видит только секретариат.
results-summary = { $edition }: действительных голосов — { $valid } из { $votes } поданных; результаты зафиксированы { $when }.
results-ledger-title = Проверьте подсчет сами
results-ledger-lead = В реестре перечислены все голоса (категория, номинант, хеш квитанции и отметка о том, был ли голос учтен), связанные в цепочку хешами. Любой желающий может пересчитать их с помощью опубликованной программы проверки; формат реестра описан в README.
results-ledger-download = Скачать реестр (JSON Lines)
results-category-valid = Действительных голосов: { $valid }
results-nominee = Номинант
results-votes = Действительные голоса
results-award = Награда
results-champion = Чемпион
results-winner = Победитель
vote-about = Подробнее о проекте «{ $title }»
project-organisation = Организация
project-country = Страна
project-region = Регион
project-sdgs = Цели в области устойчивого развития
project-website = Веб-сайт
project-not-found = Проект не найден
vote-mail-reminder-subject = Ваш бюллетень Премий ВВУИО заполнен не полностью
vote-mail-reminder-body =
    Уважаемый(-ая) { $name }!

    В общественном голосовании Премий ВВУИО учитываются только полностью заполненные бюллетени, а в вашем еще нет голоса в категориях: { $left }.
    Голосование закрывается { $when }. До этого времени вы можете заполнить бюллетень здесь:
    { $link }
flag-burst = Всплеск голосов из одной сети
flag-bulk-accounts = Массовое создание учетных записей
flag-disposable-domain = Одноразовый почтовый домен
flag-uniform-ballots = Одинаковые бюллетени
flag-decision-unknown = Выберите: допустить, признать недействительными или отложить.
domain-invalid = Введите доменное имя, например example.org.
vote-review-title = Проверка аномалий
vote-review-lead = Группы голосов, которые платформа сочла подозрительными, откладываются: они учитываются только после допуска. Голоса, признанные недействительными, не учитываются никогда. Каждое решение требует указания причины и записывается в журнал аудита.
vote-review-none = Ни одна группа голосов не помечена.
vote-review-sweep = Проверить на аномалии сейчас
vote-review-kind = Причина
vote-review-key = Общий признак
vote-review-votes = Голоса
vote-review-since = Дата пометки
vote-review-state = Решение
vote-review-held = Отложены до проверки
vote-review-released = Допущены
vote-review-invalidated = Признаны недействительными
vote-review-reason = Причина
vote-review-release = Допустить
vote-review-invalidate = Признать недействительными
vote-review-hold = Снова отложить
vote-review-decided = Решение записано.
vote-review-domains = Одноразовые почтовые домены, добавленные к встроенному списку
vote-review-domain = Домен
vote-review-add-domain = Добавить
calendar-ballot-rule = Какие бюллетени учитываются в общественном голосовании
calendar-ballot-rule-complete = Только полностью заполненные бюллетени (голос в каждой категории)
calendar-ballot-rule-every = Каждый голос, независимо от того, заполнен ли бюллетень полностью
calendar-ballot-rule-locked = Правило подсчета нельзя изменить после открытия общественного голосования.
calendar-ballot-rule-unknown = Выберите одно из правил подсчета.
limits-title = Ограничения формы заявки
limits-lead = Эти ограничения действуют для всех заявок этого выпуска. Их можно изменить до открытия этапа подачи заявок; после этого они фиксируются, так как черновики пишутся с их учётом.
limits-frozen-note = Этап подачи заявок этого выпуска открыт: ограничения формы зафиксированы.
limits-saved = Ограничения формы сохранены.
limits-save = Сохранить ограничения
limits-short_min_words = Краткое описание: минимум слов
limits-short_max_words = Краткое описание: максимум слов
limits-long_max_words = Каждый развёрнутый ответ: максимум слов
limits-title_max_chars = Название: максимум знаков
limits-min_sdgs = Минимальное число ЦУР
limits-changes_days = Дней на внесение запрошенных изменений
limits-range-hint = От { $min } до { $max }.
limits-range = Введите целое число в диапазоне, указанном под полем.
limits-short-order = Минимум слов должен быть меньше максимума.
limits-frozen = Этап подачи заявок открыт: ограничения формы зафиксированы.
vote-chart-hours = Голоса по часам за последние 48 часов
vote-chart-categories = Голоса по категориям
vote-chart-regions = Голоса по регионам МСЭ организации проголосовавшего
region-unknown = Регион неизвестен

# Конкурс в цифрах.
stats-title = Конкурс в цифрах
stats-summary = { $edition }: заявок, направленных на конкурс, — { $submissions }.
stats-chart-categories = Заявки по категориям
stats-chart-regions = Заявки по регионам МСЭ
stats-chart-stakeholders = Заявки по типам заинтересованных сторон
stats-chart-votes = Действительные голоса по категориям
stats-chart-winners = Победители по регионам МСЭ
stats-chart-champions = Чемпионы по регионам МСЭ
stats-vote-later = Данные голосования, чемпионы и победители появятся здесь после публикации результатов.

nav-gallery = Проекты
gallery-link = Просмотр и поиск проектов
gallery-title = Галерея проектов
gallery-lead = Все проекты, отобранные для открытого голосования, во всех выпусках конкурса. После публикации результатов выпуска первыми показаны его победители и чемпионы.
gallery-search = Слова для поиска
gallery-search-hint = Поиск по названиям, организациям и описаниям, на любой письменности. Должно найтись каждое слово.
gallery-edition = Выпуск
gallery-category = Категория
gallery-region = Регион МСЭ
gallery-country = Страна
gallery-stakeholder = Тип заинтересованной стороны
gallery-sdg = Цель устойчивого развития
gallery-sdg-n = Цель { $n }
gallery-award = Награда
gallery-award-either = Победители и чемпионы
gallery-award-winner = Победители
gallery-award-champion = Чемпионы
gallery-all = Все
gallery-submit = Найти
gallery-found = { $count ->
        [one] Найден { $count } проект
        [few] Найдено { $count } проекта
       *[other] Найдено { $count } проектов
    }
gallery-none = Ни один проект не соответствует запросу. Попробуйте меньше слов или фильтров.
gallery-pages = Страницы результатов
gallery-page = Страница { $page } из { $pages }
gallery-previous = Предыдущая страница
gallery-next = Следующая страница
gallery-query-too-long = Запрос слишком длинный: не более 200 символов.
gallery-query-too-many-words = Используйте не более 8 слов.
gallery-edition-invalid = Выберите выпуск по его году.
gallery-edition-unknown = В галерее нет выпуска этого года.
gallery-category-invalid = Это не код категории.
gallery-region-invalid = Выберите один из регионов МСЭ.
gallery-country-invalid = Выберите страну из списка.
gallery-stakeholder-invalid = Выберите один из типов заинтересованных сторон.
gallery-sdg-invalid = Выберите цель от 1 до 17.
gallery-award-invalid = Выберите победителей, чемпионов или и тех и других.
gallery-page-invalid = Выберите страницу от 1 до 1000.

footer-privacy = Уведомление о конфиденциальности
footer-terms = Условия использования
notice-version = Версия { $version }.
privacy-title = Уведомление о конфиденциальности
privacy-intro = В этом уведомлении сказано, что платформа премий ВВУИО хранит о вас, зачем, как долго и что вы можете запросить.
privacy-who-h = Кто отвечает
privacy-who-p = Секретариат премий ВВУИО управляет платформой и отвечает за хранимые ею данные. Пишите ему по адресу, указанному внизу каждой страницы.
privacy-what-h = Что мы храним
privacy-what-p = Ваша учётная запись: адрес электронной почты, имя, организация, её страна и тип заинтересованной стороны, язык и пароль в виде необратимого хеша (никогда сам пароль). Для поданного вами проекта — то, что вы пишете в форме, и загруженные изображения.
privacy-votes-h = Что сохраняет голос
privacy-votes-p = Каждый голос фиксирует выбранного номинанта и время. Чтобы выявлять организованное или автоматическое голосование, сохраняются также хеш с ключом вашей сети (никогда не ваш адрес), хеш с ключом того, что сообщает о себе ваш браузер, домен вашего адреса электронной почты и время создания учётной записи. Эти данные читаются только для проверки подозрительных групп голосов до утверждения результатов.
privacy-why-h = Зачем
privacy-why-p = Чтобы проводить конкурс: давать вам подавать проекты и голосовать, сообщать вам то, что вас касается (подтверждение, приглашения, решения), обеспечивать честность голосования и публиковать результаты. Ничего не продаётся и не используется для рекламы.
privacy-public-h = Что становится публичным
privacy-public-p = Когда проект становится номинантом, публикуются его название, краткое описание, изображение, организация, страна и цели; они остаются в галерее и в открытых данных. Ваше имя, адрес электронной почты и ваш выбор никогда не публикуются: опубликованный реестр голосов показывает квитанции, а не голосующих.
privacy-keep-h = Как долго
privacy-keep-p = Учётные записи хранятся, пока используются, и закрываются по запросу. Записи о голосах хранятся до публикации результатов выпуска и истечения срока их оспаривания; реестр хранит только квитанции. Опубликованные проекты остаются опубликованными как история конкурса.
privacy-rights-h = Что вы можете запросить
privacy-rights-p = Вы можете просматривать и исправлять свою учётную запись на её странице и запросить у секретариата копию своих данных, их исправление или закрытие учётной записи. Если вы не согласны с ответом, вы можете обратиться в орган по защите данных.
terms-title = Условия использования
terms-intro = Создавая учётную запись, вы принимаете эти условия.
terms-account-h = Ваша учётная запись
terms-account-p = Одна учётная запись на человека. Не сообщайте никому свой пароль; вы отвечаете за действия, совершённые с вашей учётной записью. Секретариат может отключить учётную запись, используемую в нарушение этих условий.
terms-projects-h = Подаваемые проекты
terms-projects-p = Подавайте только проекты, которые ведёт ваша организация, с достоверными фактами и изображениями, которые вы вправе распространять. Подавая проект, вы разрешаете платформе публиковать название, краткое описание, изображение, организацию и страну номинанта и включать их в открытые данные и в сборник историй успеха.
terms-vote-h = Открытое голосование
terms-vote-p = Один голос на человека в каждой категории, поданный вами лично. Покупать, продавать или автоматизировать голоса, а также создавать учётные записи, чтобы голосовать несколько раз, запрещено: такие голоса проверяются и могут быть аннулированы.
terms-data-h = Повторное использование опубликованного
terms-data-p = Опубликованные данные (галерея, результаты и открытые данные) можно повторно использовать по лицензии Creative Commons «Атрибуция» 4.0 с указанием премий ВВУИО как источника.
consent-label = Я прочитал(а) уведомление о конфиденциальности и принимаю условия использования.
consent-required = Примите условия использования, чтобы создать учётную запись.
stats-chart-days = Голоса, поданные за день (UTC)
stories-admin-title = Истории успеха
story-title = История успеха
story-public-title = История успеха
story-status = Статус
story-status-invited = Приглашение отправлено
story-status-draft = Черновик
story-status-sent = Отправлена на утверждение
story-status-changes-asked = Запрошены изменения
story-status-approved = Утверждена
story-status-none = Приглашение ещё не отправлено
story-deadline = Отправить до { $when }.
story-changes-asked = Секретариат просит внести следующие изменения:
story-intro = Расскажите историю вашего проекта для сборника «WSIS Stocktaking: Success Stories» на английском языке. Разделяйте абзацы пустой строкой. Разделы, отмеченные *, обязательны для отправки.
story-section-challenge = Задача
story-section-solution = Решение
story-section-results = Результаты в цифрах
story-section-partners = Партнёры
story-section-lessons = Извлечённые уроки
story-hint-challenge = Какую проблему решал проект и для кого.
story-hint-solution = Что делает проект и как он работает.
story-hint-results = Что изменилось, в цифрах (охват, затраты, сэкономленное время).
story-hint-partners = Кто сделал это возможным.
story-hint-lessons = Чему могут научиться другие.
story-max-words = { $count ->
        [one] Не более { $count } слова.
        [few] Не более { $count } слов.
        [many] Не более { $count } слов.
       *[other] Не более { $count } слова.
    }
story-save = Сохранить
story-send = Отправить на утверждение
story-review-title = Проверка секретариатом
story-approve = Утвердить историю
story-message = Что нужно изменить?
story-ask = Запросить изменения
story-done-saved = Ваша история сохранена.
story-done-sent = Ваша история отправлена в секретариат на утверждение.
story-done-asked = Авторам проекта отправлен запрос на изменения.
story-done-approved = История утверждена: она войдёт в сборник.
story-section-too-long = Этот раздел слишком длинный.
story-section-required = Этот раздел необходим для отправки истории.
story-closed = Эту историю больше нельзя изменить: она отправлена, утверждена или срок истёк. Напишите на { $contact }, если нужно что-то изменить.
story-message-required = Укажите, что нужно изменить.
story-message-too-long = Сообщение слишком длинное (не более 2000 символов).
story-not-sent = Запросить изменения можно только для отправленной истории.
story-approved = Эта история уже утверждена.
story-deadline-invalid = Укажите дату и время в будущем.
story-no-champions = Чемпионов пока нет: отправляйте приглашения, когда результаты голосования станут окончательными.
story-mail-invited-subject = Ваша история успеха для премий ВВУИО: { $title }
story-mail-invited-body = Здравствуйте, { $name }!
    
    Поздравляем: «{ $title }» — чемпион премий ВВУИО. Приглашаем вас написать историю успеха проекта для ежегодного сборника «WSIS Stocktaking: Success Stories»: задача, решение, результаты в цифрах, партнёры и извлечённые уроки.
    
    Напишите её здесь до { $extra }: { $link }
    
    Этот результат конфиденциален до публикации итогов { $published }: до этого дня не сообщайте о нём никому за пределами вашей команды. Награды, в том числе кто из чемпионов победил, объявляются в этот день.
    
    Секретариат премий ВВУИО
story-mail-changes-subject = Запрошены изменения в вашей истории успеха: { $title }
story-mail-changes-body = Здравствуйте, { $name }!
    
    Секретариат просит внести изменения в историю успеха «{ $title }»:
    
    { $extra }
    
    Измените её и отправьте снова здесь: { $link }
    
    Секретариат премий ВВУИО
story-mail-approved-subject = Ваша история успеха утверждена: { $title }
story-mail-approved-body = Здравствуйте, { $name }!
    
    История успеха «{ $title }» утверждена. Она будет опубликована в сборнике и на странице проекта вместе с результатами.
    
    { $link }
    
    Секретариат премий ВВУИО
stories-invited = { $count ->
        [one] Приглашены авторы { $count } проекта.
        [few] Приглашены авторы { $count } проектов.
        [many] Приглашены авторы { $count } проектов.
       *[other] Приглашены авторы { $count } проекта.
    }
stories-missing = { $count ->
        [0] У каждого чемпиона и победителя есть утверждённая история.
        [one] У { $count } чемпиона или победителя ещё нет утверждённой истории: в сборнике вместо неё будет краткое описание.
        [few] У { $count } чемпионов и победителей ещё нет утверждённой истории: в сборнике вместо неё будут краткие описания.
        [many] У { $count } чемпионов и победителей ещё нет утверждённой истории: в сборнике вместо неё будут краткие описания.
       *[other] У { $count } чемпионов и победителей ещё нет утверждённой истории: в сборнике вместо неё будут краткие описания.
    }
stories-deadline = Срок подачи историй
stories-invite = Пригласить авторов проектов-чемпионов и победителей
book-title = Сборник историй успеха
book-edition-title = WSIS Stocktaking: Success Stories { $year }
book-preview = Предварительный просмотр сборника
book-preview-note = Предварительный просмотр для секретариата: сборник публикуется вместе с результатами.
book-download = Скачать сборник (PDF)
book-contents = Содержание
book-stand-in = Для этого проекта история не утверждена: вместо неё приводится краткое описание.
book-none = Сборник историй успеха для этого выпуска ещё не опубликован: он публикуется вместе с результатами.
story-picture = Изображение к истории
story-picture-alt = Изображение к истории
story-done-picture = Изображение сохранено.
editions-admin-title = Выпуски
editions-current = текущий
editions-edition = Выпуск
editions-first-opens = Открытие первого этапа
editions-last-closes = Закрытие последнего этапа
editions-experts = Эксперты
editions-returning = Эксперты прошлого года
editions-invite-returning = { $count ->
        [one] Снова пригласить { $count } эксперта прошлого года
        [few] Снова пригласить { $count } экспертов прошлого года
        [many] Снова пригласить { $count } экспертов прошлого года
       *[other] Снова пригласить { $count } эксперта прошлого года
    }
editions-returned = { $count ->
        [one] { $count } эксперт снова приглашён и уведомлён по почте.
        [few] { $count } эксперта снова приглашены и уведомлены по почте.
        [many] { $count } экспертов снова приглашены и уведомлены по почте.
       *[other] { $count } эксперта снова приглашены и уведомлены по почте.
    }
editions-started = Выпуск { $year } года начат. Его категории, туры и правила — те же, что в прошлом году: подготовьте его на его страницах.
editions-start-title = Начать выпуск { $year } года
editions-start-intro = Новый выпуск копирует из выпуска { $from } года категории с их текстами на всех языках, специальные премии, настройки и критерии туров, ограничения формы и правило подсчёта. Каждый тур получает новое зерно жеребьёвки; заявки, назначения, номинанты и награды не копируются. Календарь ниже предложен на год позже, в том же часовом поясе: измените его перед началом.
editions-start = Начать выпуск
editions-year-exists = Выпуск этого года уже начат.
editions-next-before-publication = Этап подачи заявок нового выпуска не может открыться раньше, чем откроется этап публикации текущего выпуска.
editions-next-votes-overlap = Этап голосования нового выпуска пересёкся бы с этапом голосования другого выпуска.
editions-mail-returning-subject = Премии ВВУИО { $year }: вы снова в экспертной комиссии
editions-mail-returning-body = Здравствуйте, { $name }!
    
    Благодарим вас за работу в прошлом выпуске премий ВВУИО. Секретариат снова приглашает вас в экспертную комиссию выпуска { $year } года, в тех же категориях.
    
    До начала оценки проверьте здесь свои связи с организациями и странами, чтобы вам не назначили связанную с вами заявку: { $link }
    
    Если вы не можете участвовать в этом году, ответьте на это письмо.
    
    Секретариат премий ВВУИО
submissions-edition = Премии ВВУИО { $year }
outcome-nominee = номинант
outcome-not-nominee = не вошёл в шорт-лист
outcome-champion = чемпион
outcome-winner = победитель
outcome-special-recognition = специальное признание
outcome-stage-shortlist = шорт-лист
outcome-stage-award = награда
outcome-mail-nominee-subject = «{ $title }» — номинант премий ВВУИО { $year }
outcome-mail-nominee-body = Здравствуйте, { $name }!
    
    Эксперты включили «{ $title }» в шорт-лист: проект — один из номинантов категории { $category }, и открытое голосование уже началось. Проголосовать за него может любой желающий: { $link }
    
    Секретариат премий ВВУИО
outcome-mail-not-nominee-subject = «{ $title }» не вошёл в шорт-лист премий ВВУИО { $year }
outcome-mail-not-nominee-body = Здравствуйте, { $name }!
    
    Благодарим вас за участие проекта «{ $title }» в категории { $category }. В этом году эксперты не включили его в число номинантов: голосование открыто, и номинанты объявлены. Вы сможете участвовать снова в следующем году.
    
    Ваши заявки: { $link }
    
    Секретариат премий ВВУИО
outcome-mail-champion-subject = «{ $title }» — чемпион премий ВВУИО { $year }
outcome-mail-champion-body = Здравствуйте, { $name }!
    
    Итоги премий ВВУИО { $year } опубликованы: «{ $title }» — чемпион категории { $category }. Поздравляем.
    
    Страница проекта: { $link }
    
    Секретариат премий ВВУИО
outcome-mail-winner-subject = «{ $title }» — победитель премий ВВУИО { $year }
outcome-mail-winner-body = Здравствуйте, { $name }!
    
    Итоги премий ВВУИО { $year } опубликованы: «{ $title }» — победитель категории { $category }. Поздравляем.
    
    Страница проекта: { $link }
    
    Секретариат премий ВВУИО
outcome-mail-special-recognition-subject = «{ $title }» получает специальное признание премий ВВУИО { $year }
outcome-mail-special-recognition-body = Здравствуйте, { $name }!
    
    Итоги премий ВВУИО { $year } опубликованы: «{ $title }» получает специальное признание в категории { $category }. Поздравляем.
    
    Страница проекта: { $link }
    
    Секретариат премий ВВУИО
results-mail-subject = Итоги премий ВВУИО { $year } опубликованы
results-mail-body = Здравствуйте, { $name }!
    
    Благодарим вас за участие в голосовании премий ВВУИО { $year }. Итоги опубликованы: { $results }
    
    Каждый голос — строка открытого реестра, и реестр заканчивается этим хешем:
    
    { $head }
    
    Сохраните его: любой может скачать реестр со страницы итогов и проверить, что он заканчивается тем же хешем и что подсчёт следует из него. Чтобы проверить, что ваши голоса есть в реестре и были ли они засчитаны, введите здесь квитанции, полученные при голосовании: { $receipt }
    
    Секретариат премий ВВУИО
vote-void-mail-subject = Ваш голос в категории { $category } больше не учитывается: вы можете проголосовать снова
vote-void-mail-body = Уважаемый(ая) { $name }!
    
    Вы проголосовали в категории { $category } за «{ $nominee }». Этот номинант снялся с конкурса Премий ВВУИО, поэтому ваш голос больше не учитывается.
    
    Вы можете проголосовать в этой категории ещё один раз, за другого номинанта, до { $closes }: { $ballot }
    
    До тех пор ваш бюллетень по-прежнему считается полным. Ваша первая квитанция остаётся в публичном реестре с пометкой «недействителен».
    
    Секретариат Премий ВВУИО
draft-reminder-mail-subject = Ваша заявка «{ $title }» ещё не отправлена: приём заявок закрывается { $closes }
draft-reminder-mail-body = Уважаемый(ая) { $name }!
    
    Ваша заявка «{ $title }» в категории { $category } всё ещё черновик: она участвует в конкурсе Премий ВВУИО только после отправки, а приём заявок закрывается { $closes }.
    
    Завершите и отправьте её здесь: { $link }
    
    Секретариат Премий ВВУИО
book-ledger-head = Реестр открытого голосования заканчивается этим хешем:
editions-editing = Вы редактируете выпуск { $year } года.
editions-other = Все выпуски
archive-title = Выпуски
archive-lead = Все выпуски премий ВВУИО, проведённые на этой платформе, с их данными в той мере, в какой они открыты: номинанты — с начала голосования, голоса и победители — после публикации итогов.
archive-submissions = Отправленные заявки
archive-nominees = Номинанты
archive-votes = Действительные голоса
archive-winners = Победители
archive-not-yet = пока не опубликовано
archive-results = Итоги
archive-open-data = Открытые данные
archive-categories = Категории
archive-link = Все выпуски
submission-copy = Начать заявку этого года на основе этой
submission-copy-same-edition = Эта заявка относится к текущему выпуску: отредактируйте её.
submission-copy-category-gone = Её категории нет в текущем выпуске: начните новую заявку в другой категории.
thread-title = Сообщения
thread-written = Ваше сообщение отправлено.
thread-none = Сообщений пока нет.
thread-new = новое
thread-body = Ваше сообщение
thread-send = Отправить сообщение
thread-draft = Сообщения о заявке пишутся после её отправки. До тех пор пишите на адрес секретариата внизу страницы.
thread-secretariat = Секретариат премий ВВУИО
thread-former-owner = Бывший владелец
thread-empty = Сначала напишите сообщение.
thread-too-long = Сообщение содержит не более 4 000 символов.
thread-mail-owners-subject = Сообщение секретариата премий ВВУИО о заявке «{ $title }»
thread-mail-owners-body = Здравствуйте, { $name }!
    
    Секретариат премий ВВУИО написал о вашей заявке «{ $title }»:
    
    { $message }
    
    Прочитайте сообщения и ответьте здесь: { $link }
    
    Секретариат премий ВВУИО
thread-mail-secretariat-subject = Сообщение о заявке «{ $title }» от { $author }
thread-mail-secretariat-body = { $author } ({ $email }) написал(а) о заявке «{ $title }»:
    
    { $message }
    
    Прочитайте переписку и ответьте здесь: { $link }
inbox-title = Сообщения
inbox-none = Ни у одной заявки пока нет сообщений.
inbox-unread = Непрочитанные сообщения владельцев: { $count }
inbox-submission = Заявка
inbox-latest = Последнее сообщение
inbox-messages = Сообщения
inbox-from-owners = Владельцы
inbox-line-unread = непрочитанных: { $count }
correction-title = Исправить заявку
correction-lead = Исправьте опечатку или неверный факт в отправленной заявке на любом этапе. Её владельцы узнают, какие поля изменились и почему; изменение сохраняется в журнале аудита со значениями до и после, и все публичные страницы, бюллетень, открытые данные и сборник сразу его показывают.
correction-done = Исправление сохранено, владельцы уведомлены.
correction-reason = Причина исправления
correction-reason-hint = Сообщается владельцам и сохраняется в журнале аудита.
correction-save = Сохранить исправление
correction-picture-save = Заменить изображение
correction-unchanged = Ничего не изменено: сначала исправьте поле.
correction-mail-subject = Секретариат Премий ВВУИО исправил заявку «{ $title }»
correction-mail-body = Здравствуйте, { $name }!
    
    Секретариат Премий ВВУИО исправил вашу заявку «{ $title }».
    
    Изменено: { $fields }
    Причина: { $reason }
    
    Ваша заявка: { $link }
    
    Секретариат Премий ВВУИО
category-in-english = (на английском языке)
privacy-mail-h = Сообщения конкурса
privacy-mail-p = Помимо того, что касается вашей учётной записи и ваших заявок, секретариат может писать группе, в которую вы входите (владельцам заявок, номинантам, экспертам, голосующим с незаполненным бюллетенем), а голосующим приходит напоминание перед закрытием голосования. Каждое такое сообщение голосующим заканчивается ссылкой, которая их прекращает, без входа в систему. Подтверждения, сброс пароля и то, что касается ваших заявок, отправляются всегда.
contest-mail-footer = Вы получили это сообщение как участник голосования Премий ВВУИО. Чтобы больше не получать сообщений конкурса, перейдите по ссылке: { $link }
stop-mail-title = Сообщения конкурса
stop-mail-lead = Прекратить сообщения конкурса Премий ВВУИО на этот адрес (новости секретариата и напоминания о голосовании)? То, что касается вашей учётной записи (подтверждение, сброс пароля), по-прежнему будет отправляться.
stop-mail-button = Прекратить сообщения конкурса
stop-mail-done = Готово: вы больше не будете получать сообщений конкурса.
stop-mail-already = Сообщения конкурса на этот адрес уже прекращены.
mailings-title = Групповые сообщения
mailings-lead = Напишите группе текущего выпуска. На следующей странице видна версия на каждом языке и сколько человек её получат; ничего не отправляется до вашего подтверждения. Каждый получает версию на своём языке, иначе английскую, один раз.
mailing-new = Новое групповое сообщение
mailing-audience = Группа
mailing-category = Категория (для владельцев отправленных заявок)
mailing-all-categories = Все категории
mailing-round = Этап (для экспертов)
mailing-optional = необязательно
mailing-subject = Тема
mailing-body = Сообщение
mailing-prepare = Проверить сообщение и получателей
mailings-of = Групповые сообщения { $year } года
mailings-none = Групповых сообщений пока нет.
mailing-progress = Отправлено
mailing-check = Проверьте и подтвердите групповое сообщение
mailing-counts = получателей: { $recipients }, отправлено: { $sent }
mailing-version-recipients = получателей: { $count }
mailing-confirm-hint = Отправку нельзя отменить. Письма уходят со скоростью очереди отправки начиная со следующей минуты.
mailing-send = Отправить (получателей: { $count })
mailing-discard = Отказаться от сообщения
mailing-discarded = Сообщение удалено.
mailing-confirmed-notice = Подтверждено: сообщение отправляется.
mailing-confirmed-at = Подтверждено { $at }.
mailing-audience-drafts = Владельцы неотправленных черновиков
mailing-audience-sent = Владельцы отправленных заявок
mailing-audience-nominees = Владельцы номинантов
mailing-audience-experts = Эксперты этапа
mailing-audience-voters = Голосующие с незаполненным бюллетенем
mailing-status-prepared = ожидает подтверждения
mailing-status-sending = отправляется
mailing-status-sent = отправлено
mailing-audience-invalid = Выберите группу.
mailing-category-invalid = Выберите категорию этого выпуска.
mailing-round-invalid = Выберите этап этого выпуска.
mailing-subject-required = Укажите тему.
mailing-subject-invalid = Тема — одна строка не длиннее 200 символов.
mailing-body-required = Напишите сообщение.
mailing-body-too-long = Сообщение содержит не более 20 000 символов.
mailing-nobody = Сейчас в этой группе никого нет.
mailing-confirmed = Это сообщение уже подтверждено.
exports-title = Выгрузки
exports-lead = Скачайте то, что нужно для отчётов, в виде таблицы (XLSX: числа остаются числами) или CSV. Каждая выгрузка сохраняется в журнале аудита с указанием того, кто её сделал. Для учётных записей нужна причина, а адреса электронной почты не включаются, если не отметить флажок.
export-what = Выгрузка
export-submissions = Заявки (все поля, по строке на заявку)
export-screening = Решения по проверке
export-reviews = Назначения и оценки экспертов
export-votes = Итоги голосования по категориям и дням
export-accounts = Учётные записи (никогда не пароли)
export-year = Выпуск
export-format = Формат
export-reason = Причина (обязательна для учётных записей)
export-reason-hint = Сохраняется в журнале аудита.
export-addresses = Включить адреса электронной почты
export-download = Скачать
export-kind-invalid = Выберите, что выгрузить.
export-format-invalid = Выберите XLSX или CSV.
export-year-invalid = Выберите выпуск.
discussion-title = Обсуждение с другими экспертами
discussion-later = Отправив свою оценку, вы увидите оценки и комментарии других экспертов по этой заявке и сможете обсудить её с ними.
discussion-written = Ваше сообщение добавлено в обсуждение.
discussion-lead = Другие эксперты видят вас как «{ $me }»; имён никто не видит. Владельцы заявки никогда не видят это обсуждение.
discussion-no-reviews = Другие эксперты пока не отправили оценку этой заявки.
discussion-body = Ваше сообщение другим экспертам
discussion-send = Добавить в обсуждение
discussion-expert = Эксперт { $n }
discussion-on = Эксперты этого этапа обсуждают заявку после отправки собственной оценки.
discussion-off-state = Обсуждение экспертов на этом этапе отключено.
discussion-turn-off = Отключить обсуждение
discussion-turn-on = Включить обсуждение
discussion-empty = Сначала напишите сообщение.
discussion-too-long = Сообщение содержит не более 4 000 символов.
discussion-after-review = Сначала отправьте собственную оценку этой заявки.
discussion-off = Обсуждение на этом этапе отключено.

# English: the reference language of the WSIS Prizes platform.
# Keys are grouped by page; messages used as error codes end in -required, -invalid, etc.

site-name = Премии ВВУИО
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
error-rate-limited = Слишком много попыток. Повторите попытку через { $seconds } с.
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

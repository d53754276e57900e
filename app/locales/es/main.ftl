# English: the reference language of the WSIS Prizes platform.
# Keys are grouped by page; messages used as error codes end in -required, -invalid, etc.

site-name = Premios de la CMSI
footer-text = Los Premios de la CMSI son el concurso anual de la UIT para proyectos que ponen en práctica las Líneas de Acción de la Cumbre Mundial sobre la Sociedad de la Información.

## Navigation
nav-label = Menú principal
nav-languages = Idiomas
nav-skip = Ir al contenido
nav-home = Inicio
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-register = Registrarse
nav-admin = Secretaría

## Dates: { $day } { $month } { $year }, { $time } { $zone }
datetime = { $day } de { $month } de { $year }, { $time } { $zone }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Phases
phase-submission = Presentación de proyectos
phase-screening = Examen y preselección por expertos
phase-voting = Votación pública en línea
phase-selection = Selección de los ganadores
phase-publication = Publicación de los ganadores y los campeones
standing-open = { $phase }: plazo abierto hasta el { $when }.
standing-upcoming = { $phase }: comienza el { $when }.
standing-over = Esta edición ha finalizado. Gracias a todas las personas que han participado.

## Home
home-eyebrow = UIT · Cumbre Mundial sobre la Sociedad de la Información
home-lead = Proyectos de gobiernos, empresas, la sociedad civil, organizaciones internacionales y el mundo académico que llevan los beneficios de las tecnologías de la información y la comunicación a las personas de todo el mundo. Presente el suyo, vote por aquellos en los que cree y descubra a los ganadores.
home-calendar = Calendario
home-categories = Las 18 categorías
home-no-edition = Todavía no se ha configurado ninguna edición.

## Categories
category-eyebrow = Categoría { $code }
category-counts = Nominados: { $nominees } · Campeones: { $champions } · Ganadores: { $winners }
category-nominees = Nominados
category-champions = Campeones
category-winners = Ganadores

## Forms
field-email = Dirección de correo electrónico
field-password = Contraseña
field-password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una buena contraseña.
field-new-password = Nueva contraseña
field-current-password = Contraseña actual
field-name = Su nombre
field-organisation = Organización
field-country = País de la organización
field-region = Región de la UIT
field-stakeholder-type = Tipo de parte interesada
field-language = Idioma de los correos electrónicos
field-choose = Elija…

stakeholder-government = Gobierno
stakeholder-business-sector = Sector empresarial
stakeholder-civil-society = Sociedad civil
stakeholder-international-organisation = Organización internacional
stakeholder-academia = Instituciones académicas
stakeholder-other = Otro

region-africa = África
region-americas = Américas
region-arab-states = Estados Árabes
region-asia-pacific = Asia-Pacífico
region-cis = CEI
region-europe = Europa

## Field messages
email-required = Introduzca su dirección de correo electrónico.
email-invalid = Esta dirección de correo electrónico no es válida.
email-too-long = Esta dirección de correo electrónico es demasiado larga.
email-taken = Ya hay una cuenta que utiliza esta dirección de correo electrónico. Inicie sesión o restablezca su contraseña.
email-already-confirmed = Su dirección de correo electrónico ya está confirmada.
password-too-short = Utilice al menos 12 caracteres.
password-too-long = Utilice como máximo 256 caracteres.
password-too-common = Esta contraseña es demasiado común o demasiado fácil de adivinar. Pruebe con unas cuantas palabras sin relación entre sí.
credentials-wrong = La dirección de correo electrónico o la contraseña no son correctas.
name-required = Introduzca su nombre.
name-too-long = Utilice como máximo 200 caracteres.
name-invalid-characters = Elimine los caracteres de control.
organisation-required = Introduzca el nombre de su organización.
organisation-too-long = Utilice como máximo 300 caracteres.
organisation-invalid-characters = Elimine los caracteres de control.
title-required = Introduzca un título.
title-too-long = Utilice como máximo 200 caracteres.
title-invalid-characters = Elimine los caracteres de control.
country-required = Elija un país.
stakeholder-type-required = Elija un tipo de parte interesada.
link-invalid = Este enlace no es válido. Copie el enlace completo del correo electrónico.
link-used = Este enlace ya se ha utilizado.
link-expired = Este enlace ha caducado. Solicite uno nuevo.
reason-required = Indique un motivo; quedará registrado en el registro de auditoría.
reason-too-long = Utilice como máximo 2000 caracteres.

## Errors
error-invalid = Algunos campos requieren su atención.
error-not-found = Esta página no existe.
error-unauthenticated = Inicie sesión para continuar.
error-forbidden = No tiene permisos para realizar esta acción.
error-conflict = Esto entra en conflicto con los datos existentes.
error-phase-closed = Esto no es posible en la fase actual de la edición.
error-rate-limited = Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundos.
error-internal = Se ha producido un error por nuestra parte. Vuelva a intentarlo más tarde.
error-request = No se ha podido completar la solicitud. Compruebe su conexión y vuelva a intentarlo.
account-disabled = Esta cuenta ha sido desactivada. Póngase en contacto con la secretaría de la CMSI.

## Registration
register-title = Crear su cuenta
register-lead = Con una sola cuenta puede presentar proyectos, seguirlos y participar en la votación pública en línea.
register-submit = Crear mi cuenta
register-have-account = Ya tengo una cuenta
register-done-title = Consulte su buzón de correo
register-done-body = Le hemos enviado un enlace para confirmar su dirección de correo electrónico. Es válido durante 48 horas. Ya puede iniciar sesión; podrá presentar proyectos y votar una vez que se haya confirmado su dirección.

## E-mail confirmation
confirm-title = Confirmar su dirección de correo electrónico
confirm-ok = Gracias: su dirección de correo electrónico está confirmada.
confirm-resend-hint = Inicie sesión y abra «Mi cuenta» para recibir un nuevo enlace.

## Sign in
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Ha olvidado su contraseña?
login-register = Crear una cuenta

## Password reset
forgot-title = Restablecer su contraseña
forgot-lead = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña; es válido durante una hora y solo puede utilizarse una vez.
forgot-submit = Enviarme un enlace
forgot-sent = Si hay una cuenta que utiliza esta dirección, le hemos enviado un enlace. Consulte su buzón de correo.
reset-title = Elegir una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-done = Se ha cambiado su contraseña. Inicie sesión con la nueva.

## My account
account-title = Mi cuenta
account-profile = Perfil
account-save = Guardar
account-saved = Se ha guardado su perfil.
account-change-password = Cambiar la contraseña
account-password-changed = Se ha cambiado su contraseña. Se ha cerrado la sesión en los demás dispositivos.
account-confirmed = confirmada
account-unconfirmed = correo electrónico no confirmado
account-resend = Volver a enviar el enlace de confirmación
account-confirmation-sent = Se ha enviado un nuevo enlace de confirmación.

## Roles
role-expert = Experto
role-secretariat = Secretaría
role-unknown = Rol desconocido.
role-already-granted = La cuenta ya tiene este rol.
role-not-granted = La cuenta no tiene este rol.

## Secretariat
admin-title = Secretaría
admin-accounts = Cuentas
admin-accounts-count = { $count } cuentas
admin-search = Buscar por correo electrónico, nombre u organización
admin-search-submit = Buscar
admin-status = Estado
admin-status-active = activa
admin-status-unconfirmed = correo electrónico no confirmado
admin-status-disabled = desactivada
admin-roles = Roles
admin-act = Acción
admin-reason = Motivo
admin-apply = Aplicar
admin-not-yourself = No puede realizar esta acción en su propia cuenta.
admin-op-unknown = Acción desconocida.
admin-op-grant-expert = Asignar el rol de experto
admin-op-revoke-expert = Retirar el rol de experto
admin-op-grant-secretariat = Asignar el rol de secretaría
admin-op-revoke-secretariat = Retirar el rol de secretaría
admin-op-disable = Desactivar la cuenta
admin-op-enable = Activar la cuenta
admin-mail = Correo retenido
admin-mail-lead = No hay ningún servidor de correo configurado, por lo que los mensajes se conservan aquí en lugar de enviarse. Defina WSIS_SMTP_URL para que se entreguen.
admin-mail-empty = Todavía no hay ningún mensaje.
admin-audit = Registro de auditoría
admin-audit-chain-ok = La cadena de entradas del registro de auditoría está intacta.
admin-audit-chain-broken = La cadena de entradas del registro de auditoría está rota en la entrada { $id }: se ha modificado o eliminado una entrada.
admin-audit-when = Cuándo
admin-audit-who = Quién
admin-audit-what = Qué
admin-audit-system = sistema

## Calendar
calendar-title = Edición y calendario
calendar-edition-title = Título de la edición
calendar-time-zone = Zona horaria
calendar-time-zone-hint = Un nombre IANA como Europe/Zurich (Ginebra). Las fechas que figuran a continuación corresponden a esta zona horaria.
calendar-phase = Fase
calendar-opens = Apertura
calendar-closes = Cierre
calendar-opened = abierta
calendar-reason = Motivo del cambio
calendar-reason-hint = Obligatorio cuando se modifica una fase que ya se ha abierto; queda registrado en el registro de auditoría.
calendar-save = Guardar el calendario
calendar-saved = Se ha guardado el calendario.
calendar-phase-missing = Cada fase necesita una fecha de apertura y una fecha de cierre.
calendar-closes-before-opens = Una fase debe cerrarse después de abrirse.
calendar-overlap = Esta fase se abre antes de que se cierre la anterior.
calendar-date-invalid = Introduzca una fecha y una hora.
calendar-time-zone-unknown = Zona horaria desconocida. Utilice un nombre IANA como Europe/Zurich.
calendar-reason-required = Se está modificando una fase que ya se ha abierto: indique un motivo.

## Mail
mail-confirm-subject = Confirme su dirección de correo electrónico para los Premios de la CMSI
mail-confirm-body =
    Estimado/a { $name }:

    Gracias por registrarse en la plataforma de los Premios de la CMSI. Le rogamos que confirme su dirección de correo electrónico abriendo este enlace en un plazo de 48 horas:

    { $link }

    Si no se ha registrado, puede ignorar este mensaje.

    Secretaría de los Premios de la CMSI, UIT
mail-reset-subject = Restablezca su contraseña de los Premios de la CMSI
mail-reset-body =
    Estimado/a { $name }:

    Alguien ha solicitado restablecer la contraseña de su cuenta de los Premios de la CMSI. Para elegir una nueva contraseña, abra este enlace en un plazo de una hora:

    { $link }

    Si no ha realizado esta solicitud, puede ignorar este mensaje; su contraseña no cambiará.

    Secretaría de los Premios de la CMSI, UIT

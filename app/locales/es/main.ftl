# English: the reference language of the WSIS Prizes platform.
# Keys are grouped by page; messages used as error codes end in -required, -invalid, etc.

site-name = Premios de la CMSI
meta-description = Los Premios de la CMSI, el concurso anual de la UIT para los proyectos que hacen realidad la Cumbre Mundial sobre la Sociedad de la Información: presente un proyecto, vote por los que le convencen y descubra a los ganadores.
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
category-nominees-list = Los nominados
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
error-rate-limited = Demasiados intentos. Vuelva a intentarlo dentro de { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }.
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
admin-unmailable-title = Direcciones a las que no llega ningún correo
admin-unmailable-help = { $count } cuentas tienen una dirección que el servidor de correo rechaza (creadas antes de que las direcciones se comprobaran con él): no les llega ninguna confirmación, restablecimiento ni invitación. Pida a sus titulares una dirección corregida.
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

## Categories (secretariat)
categories-title = Categorías
categories-saved = Se ha guardado la categoría.
categories-opened = La fase de presentación de proyectos está abierta: quienes presentan proyectos cuentan con estas categorías. Todo cambio requiere un motivo y queda registrado en el registro de auditoría.
categories-add = Añadir una categoría o un premio especial
categories-add-hint = Por ejemplo, un «Reconocimiento Especial» sin Línea de Acción, o un premio aparte. Participa en todas las fases igual que las categorías de las Líneas de Acción.
categories-save = Guardar la categoría
category-code = Código
category-number = Orden
category-special = Premio especial (no corresponde a una Línea de Acción)
category-title-en = Título en inglés
category-description-en = Descripción en inglés
category-title-fr = Título en francés (opcional; se muestra el inglés mientras no se traduzca)
category-description-fr = Descripción en francés (opcional)
category-title-es = Título en español (opcional; se muestra el inglés mientras no se traduzca)
category-description-es = Descripción en español (opcional)
category-title-ru = Título en ruso (opcional; se muestra el inglés mientras no se traduzca)
category-description-ru = Descripción en ruso (opcional)
category-title-zh = Título en chino (opcional; se muestra el inglés mientras no se traduzca)
category-description-zh = Descripción en chino (opcional)
category-title-ar = Título en árabe (opcional; se muestra el inglés mientras no se traduzca)
category-description-ar = Descripción en árabe (opcional)
category-reason = Motivo del cambio (opcional antes de que se abra la presentación de proyectos)
category-reason-required-label = Motivo del cambio (obligatorio)
category-code-invalid = Utilice como máximo 20 letras, cifras, puntos o guiones, por ejemplo C7.4.
category-code-taken = Otra categoría de esta edición ya utiliza este código.
category-number-invalid = Introduzca un número entero del 1 al 999.
category-count-invalid = Introduzca un número entero del 1 al 1000.
category-champions-over-nominees = No puede haber más campeones que nominados.
category-winners-over-champions = No puede haber más ganadores que campeones.
category-text-required = Este texto es obligatorio.
category-text-too-long = Este texto es demasiado largo.
category-reason-required = La presentación de proyectos está abierta: indique un motivo para este cambio.

## Submissions
nav-submissions = Mis candidaturas
submissions-title = Mis candidaturas
submissions-none = Todavía no tiene ninguna candidatura.
submissions-new = Presentar un proyecto
submissions-start = Empezar un borrador
submission-title = Candidatura
submission-category = Categoría
submission-status = Estado
submission-missing = Falta por completar
submission-untitled = (borrador sin título)
submission-until = hasta el { $when }
submission-sent = Su candidatura se ha enviado a la secretaría de la CMSI. Se le informará por correo electrónico del resultado del examen.
submission-changes-asked = La secretaría solicita cambios:
submission-decisions = Examen
submission-needs-js = Con JavaScript, este formulario cuenta las palabras a medida que escribe. Sin él, el formulario funciona igual: las palabras se cuentan al guardar.
submission-saved = Se ha guardado su borrador.
submission-save = Guardar el borrador
submission-send = Enviar a la secretaría
submission-complete = Se han completado todos los campos obligatorios. Una vez enviada, la candidatura ya no podrá modificarse, salvo que la secretaría solicite cambios.
submission-still-missing = Antes de enviarla, complete:
submission-send-button = Enviar mi candidatura
submission-action-lines-hint = Las Líneas de Acción de la CMSI que impulsa el proyecto, separadas por comas, por ejemplo C2, C7.4.
submission-sdgs-hint = Los Objetivos de Desarrollo Sostenible que impulsa (del 1 al 17), separados por comas, por ejemplo 3, 5, 10.
submission-start-date-hint = Año y mes, por ejemplo 2023-04.
submission-field-title = Título del proyecto
submission-field-organisation = Organización (entidad)
submission-field-country = País de la organización
submission-field-stakeholder-type = Tipo de parte interesada
submission-field-short-description = Descripción breve (la que leen los votantes)
submission-field-action-lines = Líneas de Acción de la CMSI
submission-field-sdgs = Objetivos de Desarrollo Sostenible
submission-field-impact-qualitative = Impacto cualitativo
submission-field-impact-quantitative = Impacto cuantitativo
submission-field-partnerships = Asociaciones
submission-field-challenges = Retos y planes futuros
submission-field-start-date = Fecha de inicio
submission-field-project-status = Estado del proyecto
submission-field-website = Sitio web
words-between = { $count ->
    [one] { $n } palabra
   *[other] { $n } palabras
    } (entre { $min } y { $max })
words-at-most = { $count ->
    [one] { $n } palabra
   *[other] { $n } palabras
    } (como máximo { $max })
status-draft = borrador
status-submitted = enviada, pendiente de examen
status-changes-requested = cambios solicitados
status-eligible = admisible
status-not-eligible = no admisible
project-status-completed = Finalizado
project-status-major-phase-completed = Finalizada una fase importante
decision-eligible = Admisible
decision-not-eligible = No admisible
decision-changes-requested = Cambios solicitados
decision-moved = Trasladada a otra categoría
decision-changes-lapsed = Vencido el plazo para los cambios; vuelve al examen tal como estaba
flag-similar-title = Título igual o muy similar al de
flag-same-entity-category = Misma organización en la misma categoría que
flag-similar-description = Descripción muy similar a la de
flag-past-winner = Coincide con un ganador anterior:
flag-past-champion = Campeón anterior (admisible):
submission-confirm-email-first = Confirme primero su dirección de correo electrónico: abra el enlace que le hemos enviado o solicite uno nuevo en «Mi cuenta».
submission-phase-closed = La fase de presentación de proyectos está cerrada: los borradores ya no pueden modificarse ni enviarse.
submission-deadline-passed = El plazo para los cambios ha vencido.
submission-locked = Esta candidatura se ha enviado y ya no puede modificarse.
submission-entity-taken = Esta organización ya tiene una candidatura en esta categoría en esta edición. Si cree que es un error, escriba a la secretaría: { $contact }.
category-required = Elija una categoría.
short-description-too-long = La descripción breve es demasiado larga: acórtela hasta el límite de palabras.
short-description-too-short = La descripción breve es demasiado corta: necesita más palabras.
long-text-too-long = Este texto es demasiado largo: acórtelo hasta el límite de palabras.
long-text-required = Este texto es obligatorio.
sdgs-invalid = Utilice números de ODS del 1 al 17, separados por comas.
sdgs-required = Indique al menos un Objetivo de Desarrollo Sostenible.
action-lines-invalid = Utilice códigos de Líneas de Acción de la CMSI, como C1 o C7.4, separados por comas.
website-invalid = Introduzca una dirección web que empiece por https://
start-date-invalid = Introduzca el año y el mes en que comenzó el proyecto, por ejemplo 2023-04.
project-status-required = Indique si el proyecto ha finalizado o si ha finalizado una fase importante.
changes-days-invalid = Indique un número de días del 1 al 60.
decision-unknown = Elija una decisión.

## Screening
screening-title = Examen
screening-any = cualquiera
screening-flagged-only = solo con alertas
screening-filter = Filtrar
screening-counts = { $total } candidaturas: { $submitted } pendientes de examen, { $changes } con cambios solicitados, { $eligible } admisibles, { $not_eligible } no admisibles, { $withdrawn } retiradas
screening-flags = Alertas
screening-decided = Se ha registrado la decisión y se ha informado a los titulares.
notes-title = Notas internas
notes-lead = Solo la secretaría lee estas notas: los titulares de la candidatura nunca las ven.
notes-none = Todavía no hay notas.
notes-by = { $author }, { $at }:
notes-body = Una nota para la secretaría
notes-add = Añadir la nota
notes-added = La nota se ha añadido.
note-empty = Escriba primero la nota.
note-too-long = Una nota tiene como máximo 4.000 caracteres.
screening-decide = Decisión
screening-decision = Decisión
screening-text = Motivo o mensaje para el titular
screening-text-hint = Obligatorio salvo para «admisible». El titular lo leerá.
screening-days = Días para los cambios
screening-days-hint = Solo para «cambios solicitados»; 7 por defecto.
screening-to-category = Trasladar a la categoría (código)
screening-to-category-hint = Solo para «trasladada», por ejemplo C7.3.
screening-record = Registrar la decisión
screening-closed = El examen no está abierto: las decisiones se toman durante la fase de examen.

## Mail about submissions
mail-submitted-subject = Premios de la CMSI: se ha recibido su candidatura «{ $title }»
mail-submitted-body =
    Estimado/a { $name }:

    Su candidatura «{ $title }» se ha enviado a la secretaría de la CMSI, que la examinará. Recibirá un correo electrónico con el resultado.

    { $link }

    Secretaría de los Premios de la CMSI, UIT
mail-decision-subject = Premios de la CMSI: examen de «{ $title }»
mail-decision-eligible-body =
    Estimado/a { $name }:

    Su candidatura «{ $title }» se ha considerado admisible para los Premios de la CMSI. Ahora los expertos preseleccionarán a los nominados.

    { $link }

    Secretaría de los Premios de la CMSI, UIT
mail-decision-not-eligible-body =
    Estimado/a { $name }:

    Su candidatura «{ $title }» no ha podido aceptarse. Motivo indicado por la secretaría:

    { $message }

    { $link }

    Secretaría de los Premios de la CMSI, UIT
mail-decision-changes-body =
    Estimado/a { $name }:

    La secretaría le solicita que modifique su candidatura «{ $title }»:

    { $message }

    Le rogamos que realice los cambios y vuelva a enviar la candidatura antes del plazo indicado más arriba; una vez vencido, la candidatura se examinará tal como esté.

    { $link }

    Secretaría de los Premios de la CMSI, UIT
mail-decision-moved-body =
    Estimado/a { $name }:

    Su candidatura «{ $title }» se ha trasladado a otra categoría. Motivo indicado por la secretaría:

    { $message }

    { $link }

    Secretaría de los Premios de la CMSI, UIT
submission-field-picture = Imagen o logotipo
submission-picture-alt = La imagen del proyecto
submission-picture-choose = Elija una imagen (PNG, JPEG o WebP)
submission-picture-hint = Hasta { $mb } MB. Se comprueba y se convierte antes de guardarse.
submission-picture-upload = Subir la imagen
picture-required = Elija un archivo para subir.
picture-too-large = Este archivo es demasiado grande.
picture-not-image = Este archivo no es una imagen PNG, JPEG o WebP.
picture-too-many-pixels = Esta imagen tiene demasiados píxeles: redúzcala y vuelva a intentarlo.
submission-people = Personas
submission-owner = titular
submission-co-owner = cotitular
submission-invited = invitado/a, aún no se ha unido
submission-remove = Retirar
submission-invite = Invitar
submission-invite-email = Invitar a un cotitular (dirección de correo electrónico)
submission-invite-hint = Podrá modificar y enviar esta candidatura con usted. Quien no tenga cuenta debe registrarse primero con esta dirección.
submission-invitation-sent = Se ha enviado la invitación.
submission-owner-only = Solo el titular de la candidatura puede hacer esto.
submission-owner-stays = No se puede retirar al titular.
invitation-already-member = Esta persona ya puede modificar la candidatura.
invitation-other-address = Esta invitación es para otra dirección de correo electrónico: inicie sesión con la dirección a la que se envió.
invitation-title = Invitación para ser cotitular de una candidatura
invitation-lead = Se le ha invitado a modificar y enviar una candidatura a los Premios de la CMSI. Inicie sesión con la dirección a la que se envió la invitación (o regístrese con ella) y, a continuación, acéptela.
invitation-accept = Aceptar la invitación
mail-invitation-subject = { $inviter } le invita a una candidatura a los Premios de la CMSI
mail-invitation-body =
    Hola:

    { $inviter } le invita a modificar y enviar conjuntamente la candidatura «{ $title }» a los Premios de la CMSI. Abra este enlace en un plazo de 14 días, inicie sesión con esta dirección de correo electrónico (o regístrese con ella) y acepte la invitación:

    { $link }

    Si no conoce a esta persona, puede ignorar este mensaje.

    Secretaría de los Premios de la CMSI, UIT

## Registry (secretariat)
registry-title = Ganadores y organizaciones
past-winners-title = Ganadores de ediciones anteriores
past-winners-lead = Pegue un CSV con un ganador por línea: año, categoría, título, organización, país (código ISO, como KE). Las nuevas candidaturas que coincidan con alguno de ellos se marcan con una alerta para quien realiza el examen; la decisión corresponde a la secretaría.
past-winners-csv = CSV
past-winners-import = Importar
past-winners-report = { $imported } ganadores importados, { $skipped } ya conocidos; { $flagged } candidaturas enviadas coinciden ahora con un ganador anterior.
past-winners-line = Línea { $line }: { $problem }
past-winners-line-unreadable = la línea no puede leerse como CSV.
past-winners-line-columns = se necesitan cinco columnas: año, categoría, título, organización, país.
past-winners-line-year = el año debe corresponder a una edición anterior, a partir de 2000.
past-winners-line-country = código de país desconocido.
past-winners-line-text = falta la categoría, el título o la organización, o es demasiado largo.
past-winners-too-long = Este CSV es demasiado largo: impórtelo por partes.
past-winners-empty = El CSV no contiene ningún ganador.
organisations-title = Organizaciones
organisations-lead = Cuando dos organizaciones sean la misma entidad con dos nombres, fusione una en la otra. Sus candidaturas se trasladan con ella; si quedan dos candidaturas en una misma categoría, se marcan con una alerta para quien realiza el examen.
organisations-search = Buscar por nombre
organisations-from = Fusionar la organización número
organisations-into = en la organización número
organisations-merge = Fusionar
organisations-merged = Se han fusionado las organizaciones.
merge-same-organisation = Elija dos organizaciones diferentes.
screening-dismiss = Descartar la alerta
home-submit = Presentar un proyecto
screening-pages = Páginas de la lista de examen

## Hardening: withdrawal, drafts, contact, errors
footer-contact = ¿Preguntas? Escriba a la secretaría de los Premios CMSI:
error-busy = El servidor está muy ocupado. Vuelva a intentarlo dentro de { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }.
mail-register-again-subject = Alguien ha intentado registrarse con su dirección de correo electrónico
mail-register-again-body =
    Estimado/a { $name }:

    Alguien acaba de intentar crear una cuenta de los Premios CMSI con su dirección de correo electrónico, que ya tiene una. No se ha creado ninguna cuenta y su contraseña no ha cambiado.

    Si fue usted, inicie sesión: { $login }
    Si ha olvidado su contraseña, elija una nueva: { $forgot }

    Si no fue usted, puede ignorar este mensaje.

    La secretaría de los Premios CMSI, UIT
link-other-account = Este enlace pertenece a otra cuenta. Cierre la sesión, vuelva a abrirlo e inicie sesión con la cuenta a la que se envió.
login-to-confirm = Inicie sesión para confirmar su dirección de correo electrónico. Si esta no es su contraseña, usted no creó esta cuenta: utilice «¿Ha olvidado su contraseña?» para elegir una.
invitation-phase-closed = La fase de presentación ha terminado: las personas de una candidatura ya no pueden cambiar.
status-withdrawn = retirada
decision-withdrawn = Retirada
problem-title = Se ha producido un problema
problem-none = No hay nada que señalar.
submission-delete = Eliminar este borrador
submission-delete-hint = El borrador y su imagen se eliminan definitivamente, también para los copropietarios.
submission-delete-button = Eliminar el borrador
submission-not-draft = Solo se puede eliminar un borrador. Una candidatura enviada se puede retirar.
submissions-deleted = El borrador se ha eliminado.
submission-withdraw = Retirar esta candidatura
submission-withdraw-hint = Una candidatura retirada sale del concurso y libera la categoría para su organización. Puede retirarla hasta que se abra la votación pública.
submission-withdraw-reason = Motivo (opcional)
submission-withdraw-button = Retirar
submission-withdrawn = La candidatura se ha retirado.
submission-not-sent = Esta candidatura no se ha enviado: elimine el borrador.
submission-not-withdrawable = Esta candidatura ya no participa en el concurso.
withdraw-closed = La votación pública se ha abierto: ahora solo la secretaría puede retirar un nominado. Escríbale.
screening-withdraw = Retirar
screening-withdraw-hint = Retirar una candidatura la saca del concurso. El motivo queda registrado y se envía a sus propietarios.
mail-withdrawn-body =
    Estimado/a { $name }:

    Su candidatura «{ $title }» se ha retirado de los Premios CMSI.

    { $message }

    { $link }

    La secretaría de los Premios CMSI, UIT
drafts-title = Borradores
drafts-lead = Un borrador no reserva nada: cualquiera puede escribir el nombre de cualquier organización. Recuento por categoría; busque un nombre para ver quién tiene borradores con él.
drafts-search = Quién tiene borradores con el nombre de la organización
drafts-none = Nadie tiene un borrador con este nombre.
drafts-holder = Titular
drafts-started = Iniciado
merge-duplicates = Estas organizaciones tienen cada una una candidatura enviada en la misma categoría. Resuelva primero cada par (declare una no admisible o trasládela) y luego fusione.
merge-pair = dos candidaturas de una misma entidad en una misma categoría
changes-too-late = La votación pública se abre demasiado pronto para que los propietarios hagan cambios.
calendar-screening-during-submission = Permitir que la secretaría examine candidaturas mientras la fase de presentación sigue abierta
demo-notice = Esta edición contiene datos de demostración: los proyectos, organizaciones y personas de este sitio son inventados.
submission-revoke = Revocar

## Evaluación por expertos
round-shortlisting = Preselección
round-selection = Selección
normalisation-z-score = Normalizada por experto (puntuación z)
normalisation-raw = Promedios brutos
rubric-empty = Una rúbrica necesita al menos un criterio.
rubric-too-many = Una rúbrica tiene como máximo 12 criterios.
rubric-title-missing = Dé un título a este criterio.
rubric-title-too-long = Este título es demasiado largo (120 caracteres como máximo).
rubric-title-twice = Dos criterios tienen este título.
rubric-code-twice = Dos criterios tienen el mismo código.
rubric-weight-range = Una ponderación es un porcentaje entero del 1 al 100.
rubric-scale-range = Una escala es un número entero del 1 al 100.
rubric-weights-sum = Las ponderaciones deben sumar 100.
rubric-shape-locked = La ronda se ha abierto: ya no se pueden añadir ni eliminar criterios ni cambiar su escala; solo cambiarles el nombre y la ponderación.
formula-weights-sum = Las dos ponderaciones son porcentajes enteros que suman 100.
round-reviews-range = Cada candidatura recibe entre 1 y 9 evaluaciones.
round-normalisation-unknown = Elija cómo se normaliza la clasificación.
round-closed = Esta ronda de evaluación se ha cerrado.
round-not-open = Esta ronda de evaluación aún no se ha abierto.
round-expert-unknown = Ninguna cuenta tiene esta dirección de correo electrónico. Invite primero al experto.
round-expert-not-expert = Esta cuenta no pertenece al grupo de expertos. Invítela primero.
round-category-unknown = Esta edición no tiene esa categoría.
round-expert-already = Este experto ya evalúa esta categoría.
round-not-an-entry = Esta candidatura no participa en la ronda.
round-expert-not-in-category = Este experto no evalúa la categoría de esta candidatura.
round-conflict-declared = Este experto ha declarado un conflicto de intereses con esta candidatura.
round-conflict-own-entry = Este experto es propietario o copropietario de esta candidatura: nadie evalúa su propia candidatura, sea cual sea el motivo.
round-conflict-own-organisation = Esta candidatura es de la organización indicada en la cuenta del experto: nadie evalúa la candidatura de su propia organización, sea cual sea el motivo.
round-already-assigned = Esta candidatura ya está asignada a este experto.
round-review-submitted = Este experto ha enviado una evaluación de esta candidatura: la asignación se mantiene.
review-score-missing = Indique una puntuación.
review-score-number = Una puntuación es un número, como 7 o 7,5.
review-score-decimals = Una puntuación tiene como máximo un decimal.
review-score-range = Esta puntuación está fuera de la escala del criterio.
review-score-unknown-criterion = Se ha enviado una puntuación para un criterio que no figura en esta rúbrica.
review-comment-too-long = El comentario es demasiado largo (4000 caracteres como máximo).
review-note-too-long = La nota es demasiado larga.
review-conflicted = Ha declarado un conflicto de intereses con esta candidatura.
review-own-entry = Esta candidatura es suya o de su organización: no puede evaluarla.
review-released = Esta candidatura ya no le está asignada.
expert-ties-too-many = Como máximo 20 líneas.
expert-tie-too-long = Una línea es demasiado larga (300 caracteres como máximo).
expert-tie-country = Escriba cada país con su código ISO de dos letras, como KE o FR.
nominees-voting-opened = La votación pública se ha abierto: los nominados ya no pueden cambiar.
nominees-none = Esta categoría no tiene candidaturas que confirmar.
review-mail-assigned-subject = Premios de la CMSI: candidaturas que evaluar
review-mail-assigned-count = { $count ->
        [one] Se le ha asignado una candidatura.
       *[other] Se le han asignado { $count } candidaturas.
    }
review-mail-assigned-body =
    Hola, { $name }:

    Aquí tiene su lista de candidaturas que evaluar:

    { $link }

    Cada candidatura se puntúa según los criterios de la ronda. Puede revisar una puntuación hasta que se cierre la ronda. Si tiene algún vínculo con una candidatura, declare el conflicto en su página: se asignará a otro experto.
review-mail-invitation-subject = { $inviter } le invita a unirse al grupo de expertos de los Premios de la CMSI
review-mail-invitation-body =
    Hola:

    { $inviter } le invita a unirse al grupo de expertos de los Premios de la CMSI. Abra este enlace en un plazo de 14 días para aceptar: cree allí su cuenta o inicie sesión con esta dirección si ya tiene una.

    { $link }

    Si no esperaba esta invitación, puede ignorar este mensaje.
nav-review = Mis evaluaciones
review-my-title = Mis evaluaciones
review-conflict-done = El conflicto ha quedado registrado: la candidatura ha salido de su lista y se asignará a otro experto.
review-none-yet = Todavía no se ha abierto ninguna ronda de evaluación.
review-progress = { $done } de { $total } enviadas
review-closes = se cierra el { $when }
review-to-do = Por puntuar
review-sent = Enviada
review-sheet-title = Hoja de puntuación
review-saved = Se ha enviado su evaluación. Puede revisarla hasta que se cierre la ronda.
review-total = Total ponderado de su evaluación tal como se envió: { $total } sobre 100.
review-score-title = Sus puntuaciones
review-sent-times = { $count ->
        [one] Enviada una vez.
       *[other] Enviada { $count } veces; se conservan todas las versiones.
    }
review-criterion-scale = (ponderación { $weight } %, de 0 a { $scale })
review-comment = Comentario (opcional)
review-send = Enviar mi evaluación
review-revise = Revisar mi evaluación
review-conflict-title = Conflicto de intereses
review-conflict-lead = Si tiene algún vínculo con este proyecto (trabaja para su organización o con ella, la asesora o conoce de cerca a su equipo), declárelo: la candidatura sale de su lista y pasa a otro experto.
review-conflict-note = Qué le vincula con él (opcional; lo verá la secretaría)
review-conflict-declare = Declarar un conflicto
review-ties-title = Mis vínculos
review-ties-lead = La plataforma nunca le asigna una candidatura de una organización con la que tenga vínculos ni, cuando así lo disponga la edición, de sus países. Uno por línea.
review-ties-organisations = Organizaciones para las que trabaja, a las que asesora o en las que tiene intereses
review-ties-countries = Países con los que tiene vínculos (códigos ISO como KE o FR)
review-ties-other = Otros vínculos que la secretaría debería conocer
review-ties-save = Guardar mis vínculos
review-ties-saved = Se han guardado sus vínculos.
review-joined = Le damos la bienvenida al grupo de expertos. Declare sus vínculos antes de que se le asignen candidaturas.
review-join-title = Unirse al grupo de expertos
review-join-lead = Ha iniciado sesión como { $email }. La invitación debe haberse enviado a esta dirección.
review-join-accept = Aceptar la invitación
review-join-have-account = ¿Ya tiene una cuenta con la dirección a la que se envió esta invitación?
review-join-new-title = Crear su cuenta de experto
review-join-new-lead = Su cuenta utiliza la dirección a la que se envió esta invitación; el enlace la ha confirmado.
review-join-create = Crear la cuenta y unirse
invitation-has-account = Esta dirección ya tiene una cuenta: inicie sesión con ella y, a continuación, acepte la invitación.
review-admin-title = Evaluación por expertos
review-invite-title = Invitar a un experto
review-invite-send = Enviar la invitación
review-invited = Se ha enviado la invitación.
review-round-saved = Se ha guardado la ronda.
review-assigned = Asignaciones añadidas: { $count }.
review-expert-added = El experto evalúa ahora esa categoría.
review-assignment-removed = Se ha eliminado la asignación.
review-window-not-yet-open = aún no abierta
review-window-open = abierta
review-window-closed = cerrada
review-seed-commitment = SHA-256 de la semilla del sorteo:
review-seed = Semilla del sorteo:
review-progress-title = Avance
review-entries = Candidaturas
review-reviews-done = Evaluaciones enviadas
review-nominees = Nominados
review-confirmed = confirmados
review-export-ranking = Clasificación (CSV)
review-export-reviews = Evaluaciones (CSV)
review-experts-title = Expertos
review-expert-email = Dirección de correo electrónico del experto
review-expert-add = Añadir a la categoría
review-run-assignment = Asignar las candidaturas
review-short-title = Candidaturas con evaluadores insuficientes
review-short-missing = { $count ->
        [one] falta una evaluación
       *[other] faltan { $count } evaluaciones
    }
review-submission-number = Número de candidatura
review-expert-number = Número de experto
review-override-reason = Motivo (obligatorio para asignar pese a un conflicto detectado)
review-assign = Asignar
review-settings-title = Configuración y rúbrica
review-reviews-per-entry = Evaluaciones por candidatura
review-normalisation = Clasificación según
review-country-conflicts = Los expertos no evalúan candidaturas de sus propios países
review-formula-experts = Fórmula de selección: ponderación de la puntuación de los expertos (%)
review-formula-votes = Fórmula de selección: ponderación del porcentaje de votos (%)
review-criterion = Criterio
review-weight = Ponderación (%)
review-scale = Escala
review-change-reason = Motivo
review-change-reason-hint = Obligatorio una vez abierta la ronda: el cambio queda registrado en el registro de auditoría.
review-save-round = Guardar la ronda
review-nominees-confirmed = Los nominados de esta categoría están confirmados.
review-cut = corte: { $count }
review-tie-rule = Los empates se resuelven por la otra puntuación y, después, por sorteo: SHA-256 de la semilla seguida del número de candidatura, de menor a mayor.
review-reviews = Evaluaciones
review-raw-mean = Media bruta
review-z-mean = Normalizada
review-spread = Dispersión
review-flags = Alertas
review-flag-disagreement = desacuerdo entre expertos
review-flag-draw = clasificada por sorteo
review-flag-nominee = nominada
review-confirm-title = Confirmar los nominados
review-confirm-lead = Las { $count } primeras candidaturas de esta clasificación pasan a ser los nominados de la categoría. Se publican cuando se abre la votación.
review-confirm-reason-hint = Obligatorio si la lista ya se había confirmado: el cambio queda registrado en el registro de auditoría.
review-confirm = Confirmar los nominados
review-experts-count = { $count ->
        [one] un experto
       *[other] { $count } expertos
    }
award-champion = Campeón
award-winner = Ganador
award-special-recognition = Reconocimiento especial
award-kind-unknown = Elija un ganador o un reconocimiento especial.
award-not-a-champion = Solo puede elegirse a un campeón de esta categoría.
award-winners-full = Esta categoría ya tiene todos sus ganadores.
award-already = Esto ya se había decidido.
review-award-decided = Se ha registrado la decisión.
review-formula = Puntuación final = { $experts } % de la media de los expertos + { $votes } % del porcentaje de votos (× 100). Los empates se resuelven a favor del mayor porcentaje de votos, después de la mayor media de los expertos y, por último, por sorteo.
review-expert-mean = Media de los expertos
review-vote-share = Votos
review-final-score = Puntuación final
review-decision = Decisión
review-decide-title = Elegir a los ganadores
review-winners-allowed = { $count ->
        [one] Esta categoría tiene un ganador.
       *[other] Esta categoría tiene { $count } ganadores.
    }
review-decide = Registrar la decisión
draw-title = Cómo se resuelven los empates
draw-lead = Cuando varias candidaturas empatan en todas las puntuaciones, un sorteo determina su orden. Antes de que se cierre una ronda de evaluación, aquí se publica el SHA-256 de su semilla secreta; al cerrarse, la propia semilla. Las candidaturas empatadas se ordenan por el SHA-256 de la semilla seguida del número de candidatura (ambos como texto), de menor a mayor:
draw-check = Cualquier persona puede comprobar que la semilla coincide con lo publicado previamente y reproducir el orden con unas pocas líneas en cualquier lenguaje.
draw-none = Todavía no ha comenzado ninguna ronda de evaluación.
draw-seed-at-close = La semilla se publica cuando se cierra la ronda.
review-mail-reminder-subject = Premios de la CMSI: el plazo de sus evaluaciones vence pronto
review-mail-reminder-count = { $count ->
        [one] Una candidatura que se le ha asignado aún no tiene evaluación.
       *[other] { $count } candidaturas que se le han asignado aún no tienen evaluación.
    }
review-mail-reminder-body =
    Hola, { $name }:

    La ronda de evaluación se cierra el { $when }. Su lista:

    { $link }
review-mail-nominees-subject = Premios de la CMSI: nominados que deben confirmarse antes de que se abra la votación
review-mail-nominees-body =
    Hola, { $name }:

    La votación pública se abre el { $when } y estas categorías aún no tienen nominados confirmados: { $categories }. La votación no debe abrirse sin ellos. Confírmelos desde la ronda de preselección:

    { $link }
review-nominees-warning = La votación pública se abre el { $when }: no debe abrirse antes de que se hayan confirmado los nominados de todas las categorías. Pendientes de confirmar: { $categories }.

## La votación pública
nav-vote = Votar
home-vote = Votar ahora
home-results = Ver los resultados de la votación
vote-title = Votación pública
vote-open-until = La votación pública está abierta hasta el { $when }.
vote-opens-on = La votación pública se abre el { $when }.
vote-not-open = La votación pública aún no se ha abierto.
vote-closed = La votación pública está cerrada.
vote-cast-done = Su voto en { $category } ha quedado registrado.
vote-unconfirmed = Confirme su dirección de correo electrónico para votar: siga el enlace que le enviamos o pida uno nuevo en su cuenta.
vote-progress-title = Su papeleta
vote-progress = Ha votado en { $cast } de { $total } categorías.
vote-complete = Votación completa: ha votado en todas las categorías. Gracias.
vote-complete-rule = Solo cuentan las papeletas completas: vote en cada categoría antes del cierre.
vote-left = Le falta votar en:
vote-yours = Su voto: { $title }
vote-void = Su voto por { $title } ya no cuenta: el nominado se retiró del concurso. Puede votar una vez más en esta categoría.
vote-void-receipt = El recibo del voto anulado:
vote-receipt = Su recibo (consérvelo para comprobar su voto en el registro publicado):
vote-choose-in = Elija un candidato en { $category }
vote-cast = Votar en { $category }
vote-choose = Elija un candidato antes de votar.
vote-unknown-category = Esa categoría no figura en la papeleta.
vote-not-a-nominee = Este proyecto no es candidato en esta categoría.
vote-already-cast = Ya ha votado en esta categoría; un voto no se puede cambiar.
vote-status-valid = Válido
vote-status-held = Retenido para revisión
vote-status-invalid = No válido
vote-admin-title = Votación pública
vote-admin-votes = Votos emitidos
vote-admin-voters = Votantes
vote-admin-complete = Papeletas completas
vote-admin-held = Votos retenidos para revisión
vote-admin-invalid = Votos declarados no válidos
vote-admin-void = Votos anulados (nominado retirado)
results-final-title = Resultados definitivos
results-final-lead = Una vez cerrada la votación y revisados todos los votos retenidos, fije los resultados: los votos válidos, los campeones de cada categoría y el registro público. Esta acción es irreversible.
results-final-button = Fijar los resultados
results-final-done = Los resultados son definitivos: se han designado los campeones y se ha generado el registro.
results-final-fixed = Resultados fijados el { $when }: { $valid } votos válidos de { $votes } emitidos.
results-ledger-head = Hash de la última línea del registro:
results-vote-running = La votación aún no se ha cerrado.
results-already-final = Los resultados de esta votación ya son definitivos.
results-held-votes = Todavía hay votos retenidos para revisión: primero valídelos o declárelos no válidos.
results-no-nominees = Ninguna categoría tiene nominados confirmados: no hay votos que escrutar.
receipt-title = Comprobar el recibo de un voto
receipt-lead = El recibo de cada voto solo lo conoce su votante. Una vez publicados los resultados, escriba el suyo para encontrar su voto en el registro público.
receipt-label = Recibo
receipt-check = Comprobar
receipt-not-yet = Los recibos se pueden comprobar una vez publicados los resultados de la votación.
receipt-unknown = Ningún voto tiene este recibo.
receipt-found = El voto de este recibo, en { $category }, por «{ $nominee }», figura en el registro.
receipt-counted = Se ha contado.
receipt-not-counted = No se ha contado (papeleta incompleta, voto declarado no válido o candidato retirado).
receipt-hash = El registro lo muestra con este hash:
receipt-invalid = Esto no es un recibo: un recibo tiene 32 letras y cifras (0-9, a-f).
receipt-withdrawn = No válido: el nominado se retiró del concurso.
results-title = Resultados de la votación pública
results-not-yet = Los resultados de la votación de { $edition } aún no se han publicado.
results-not-yet-on = Los resultados de la votación de { $edition } se publicarán el { $when }.
results-edition-invalid = Una edición se designa por su año, por ejemplo 2027.
results-preview = Vista previa: solo la secretaría ve estos resultados hasta que se abra la fase de publicación.
results-summary = { $edition }: { $valid } votos válidos de { $votes } emitidos, fijados el { $when }.
results-ledger-title = Compruebe usted mismo el recuento
results-ledger-lead = El registro enumera todos los votos (su categoría, su nominado, el hash de su recibo y si se contó), encadenados mediante hashes. Cualquier persona puede volver a contarlos con el verificador publicado; el README describe su formato.
results-ledger-download = Descargar el registro (JSON Lines)
results-category-valid = { $valid } votos válidos
results-nominee = Nominado
results-votes = Votos válidos
results-award = Distinción
results-champion = Campeón
results-winner = Ganador
vote-about = Más sobre { $title }
project-organisation = Organización
project-country = País
project-region = Región
project-sdgs = Objetivos de Desarrollo Sostenible
project-website = Sitio web
project-not-found = Proyecto no encontrado
vote-mail-reminder-subject = Su papeleta de los Premios de la CMSI no está completa
vote-mail-reminder-body =
    Estimado/a { $name }:

    En la votación pública de los Premios de la CMSI solo cuentan las papeletas completas, y a la suya aún le falta un voto en: { $left }.
    La votación se cierra el { $when }. Hasta entonces, puede completar su papeleta aquí:
    { $link }
flag-burst = Ráfaga desde una misma red
flag-bulk-accounts = Cuentas creadas en masa
flag-disposable-domain = Dominio de correo desechable
flag-uniform-ballots = Papeletas idénticas
flag-decision-unknown = Elija validar, declarar no válido o retener.
domain-invalid = Escriba un nombre de dominio, por ejemplo example.org.
vote-review-title = Revisión de anomalías
vote-review-lead = Los grupos de votos que la plataforma considera sospechosos quedan retenidos: solo cuentan una vez validados. Los votos declarados no válidos nunca cuentan. Toda decisión requiere un motivo y queda registrada en el registro de auditoría.
vote-review-none = No se ha señalado ningún grupo de votos.
vote-review-sweep = Buscar anomalías ahora
vote-review-kind = Motivo
vote-review-key = Elemento común
vote-review-votes = Votos
vote-review-since = Señalado el
vote-review-state = Decisión
vote-review-held = Retenido para revisión
vote-review-released = Validado
vote-review-invalidated = Declarado no válido
vote-review-reason = Motivo
vote-review-release = Validar
vote-review-invalidate = Declarar no válido
vote-review-hold = Volver a retener
vote-review-decided = Se ha registrado la decisión.
vote-review-domains = Dominios de correo desechables añadidos a la lista incluida
vote-review-domain = Dominio
vote-review-add-domain = Añadir
calendar-ballot-rule = Papeletas que cuentan en la votación pública
calendar-ballot-rule-complete = Solo las papeletas completas (un voto en cada categoría)
calendar-ballot-rule-every = Todos los votos, sea completa la papeleta o no
calendar-ballot-rule-locked = La regla de recuento no puede cambiarse una vez abierta la votación pública.
calendar-ballot-rule-unknown = Elija una de las reglas de recuento.
limits-title = Límites del formulario de candidatura
limits-lead = Estos límites se aplican a todas las candidaturas de esta edición. Pueden cambiarse hasta que se abra su fase de presentación; a partir de entonces quedan fijados, porque los borradores se escriben con ellos.
limits-frozen-note = La fase de presentación de esta edición está abierta: los límites de su formulario quedan fijados.
limits-saved = Los límites del formulario se han guardado.
limits-save = Guardar los límites
limits-short_min_words = Descripción breve: mínimo de palabras
limits-short_max_words = Descripción breve: máximo de palabras
limits-long_max_words = Cada respuesta larga: máximo de palabras
limits-title_max_chars = Título: máximo de caracteres
limits-min_sdgs = Mínimo de ODS que indicar
limits-changes_days = Días para hacer los cambios solicitados
limits-range-hint = De { $min } a { $max }.
limits-range = Escriba un número entero dentro del intervalo indicado bajo el campo.
limits-short-order = El mínimo de palabras debe ser menor que el máximo.
limits-frozen = La fase de presentación está abierta: los límites del formulario quedan fijados.
vote-chart-hours = Votos por hora, últimas 48 horas
vote-chart-categories = Votos por categoría
vote-chart-regions = Votos por región de la UIT de la organización del votante
region-unknown = Región desconocida

# La edición en cifras.
stats-title = La edición en cifras
stats-summary = { $edition }: { $submissions } candidaturas enviadas al concurso.
stats-chart-categories = Candidaturas por categoría
stats-chart-regions = Candidaturas por región de la UIT
stats-chart-stakeholders = Candidaturas por tipo de parte interesada
stats-chart-votes = Votos válidos por categoría
stats-chart-winners = Ganadores por región de la UIT
stats-chart-champions = Campeones por región de la UIT
stats-vote-later = Las cifras de la votación, los campeones y los ganadores aparecerán aquí cuando se publiquen los resultados.

nav-gallery = Proyectos
gallery-link = Explorar y buscar los proyectos
gallery-title = Galería de proyectos
gallery-lead = Todos los proyectos preseleccionados para la votación pública, de todas las ediciones. Una vez publicados los resultados de una edición, sus ganadores y campeones aparecen primero.
gallery-search = Palabras que buscar
gallery-search-hint = Se buscan en títulos, organizaciones y descripciones, en cualquier escritura. Cada palabra debe aparecer.
gallery-edition = Edición
gallery-category = Categoría
gallery-region = Región de la UIT
gallery-country = País
gallery-stakeholder = Tipo de parte interesada
gallery-sdg = Objetivo de Desarrollo Sostenible
gallery-sdg-n = Objetivo { $n }
gallery-award = Distinción
gallery-award-either = Ganadores y campeones
gallery-award-winner = Ganadores
gallery-award-champion = Campeones
gallery-all = Todos
gallery-submit = Buscar
gallery-found = { $count ->
        [one] Se encontró un proyecto
       *[other] Se encontraron { $count } proyectos
    }
gallery-none = Ningún proyecto coincide con esta búsqueda. Pruebe con menos palabras o filtros.
gallery-pages = Páginas de resultados
gallery-page = Página { $page } de { $pages }
gallery-previous = Página anterior
gallery-next = Página siguiente
gallery-query-too-long = La búsqueda es demasiado larga: 200 caracteres como máximo.
gallery-query-too-many-words = Busque con 8 palabras como máximo.
gallery-edition-invalid = Elija una edición por su año.
gallery-edition-unknown = La galería no tiene ninguna edición de ese año.
gallery-category-invalid = Esto no es un código de categoría.
gallery-region-invalid = Elija una de las regiones de la UIT.
gallery-country-invalid = Elija un país de la lista.
gallery-stakeholder-invalid = Elija uno de los tipos de parte interesada.
gallery-sdg-invalid = Elija un objetivo del 1 al 17.
gallery-award-invalid = Elija ganadores, campeones o ambos.
gallery-page-invalid = Elija una página del 1 al 1000.

footer-privacy = Aviso de privacidad
footer-terms = Condiciones de uso
notice-version = Versión { $version }.
privacy-title = Aviso de privacidad
privacy-intro = Este aviso explica qué conserva sobre usted la plataforma de los Premios de la CMSI, por qué, durante cuánto tiempo y qué puede solicitar.
privacy-who-h = Quién es responsable
privacy-who-p = La secretaría de los Premios de la CMSI gestiona la plataforma y responde de los datos que conserva. Escríbale a la dirección que figura al pie de cada página.
privacy-what-h = Qué conservamos
privacy-what-p = Su cuenta: su dirección de correo electrónico, su nombre, su organización, su país y tipo de parte interesada, su idioma y su contraseña como huella irreversible (nunca la contraseña en sí). De un proyecto que presente: lo que escriba en el formulario y las imágenes que suba.
privacy-votes-h = Qué conserva un voto
privacy-votes-p = Cada voto registra el candidato elegido y la hora. Para detectar votaciones organizadas o automatizadas, también conserva una huella con clave de su red (nunca su dirección), una huella con clave de lo que su navegador dice de sí mismo, el dominio de su dirección de correo y la fecha de creación de su cuenta. Solo se consultan para revisar grupos de votos sospechosos antes de fijar los resultados.
privacy-why-h = Para qué
privacy-why-p = Para organizar el concurso: permitirle presentar proyectos y votar, escribirle sobre lo que le concierne (confirmación, invitaciones, decisiones), mantener la equidad de la votación y publicar los resultados. Nada se vende ni se usa con fines publicitarios.
privacy-public-h = Qué se hace público
privacy-public-p = Cuando un proyecto es candidato, se publican su título, resumen, imagen, organización, país y objetivos, que permanecen en la galería y en los datos abiertos. Su nombre, su dirección de correo y su voto nunca se publican; el registro público de votos muestra recibos, no votantes.
privacy-keep-h = Durante cuánto tiempo
privacy-keep-p = Las cuentas se conservan mientras se usan y se cierran a petición. Los registros de voto se conservan hasta la publicación de los resultados de la edición y el fin del plazo para impugnarlos; el registro solo guarda recibos. Los proyectos publicados siguen publicados, como historia del concurso.
privacy-rights-h = Qué puede solicitar
privacy-rights-p = Puede consultar y corregir su cuenta en la página de su cuenta, y pedir a la secretaría una copia de sus datos, su rectificación o el cierre de su cuenta. Si no está de acuerdo con la respuesta, puede dirigirse a su autoridad de protección de datos.
terms-title = Condiciones de uso
terms-intro = Al crear una cuenta, usted acepta estas condiciones.
terms-account-h = Su cuenta
terms-account-p = Una cuenta por persona. No comparta su contraseña; usted responde de lo que se haga con su cuenta. La secretaría puede desactivar una cuenta usada en contra de estas condiciones.
terms-projects-h = Los proyectos que presente
terms-projects-p = Presente solo proyectos que lleve a cabo su organización, con datos veraces e imágenes que tenga derecho a difundir. Al presentarlos, autoriza a la plataforma a publicar el título, el resumen, la imagen, la organización y el país de un proyecto candidato, y a incluirlos en los datos abiertos y en el libro de casos de éxito.
terms-vote-h = La votación pública
terms-vote-p = Un voto por persona y categoría, emitido por usted. Comprar, vender o automatizar votos, o crear cuentas para votar más de una vez, no está permitido: esos votos se revisan y pueden anularse.
terms-data-h = Reutilizar lo publicado
terms-data-p = Los datos publicados (la galería, los resultados y los datos abiertos) pueden reutilizarse con la licencia Creative Commons Atribución 4.0, citando a los Premios de la CMSI como fuente.
consent-label = He leído el aviso de privacidad y acepto las condiciones de uso.
consent-required = Acepte las condiciones de uso para crear una cuenta.
stats-chart-days = Votos emitidos por día (UTC)
stories-admin-title = Historias de éxito
story-title = Historia de éxito
story-public-title = La historia de éxito
story-status = Estado
story-status-invited = Invitada
story-status-draft = Borrador
story-status-sent = Enviada para aprobación
story-status-changes-asked = Cambios solicitados
story-status-approved = Aprobada
story-status-none = Aún no invitada
story-deadline = Enviar antes del { $when }.
story-changes-asked = La secretaría solicita estos cambios:
story-intro = Cuente la historia de su proyecto para el libro «WSIS Stocktaking: Success Stories», en inglés. Separe los párrafos con una línea en blanco. Las secciones marcadas con * son necesarias para enviarla.
story-section-challenge = El desafío
story-section-solution = La solución
story-section-results = Los resultados, con cifras
story-section-partners = Los socios
story-section-lessons = Las lecciones aprendidas
story-hint-challenge = El problema que el proyecto quería resolver, y para quién.
story-hint-solution = Qué hace el proyecto y cómo funciona.
story-hint-results = Qué cambió, con cifras (personas alcanzadas, costos, tiempo ahorrado).
story-hint-partners = Quién lo hizo posible.
story-hint-lessons = Qué pueden aprender otros.
story-max-words = { $count ->
        [one] Como máximo una palabra.
       *[other] Como máximo { $count } palabras.
    }
story-save = Guardar
story-send = Enviar para aprobación
story-review-title = La revisión de la secretaría
story-approve = Aprobar la historia
story-message = ¿Qué debe cambiar?
story-ask = Solicitar cambios
story-done-saved = Su historia se ha guardado.
story-done-sent = Su historia se ha enviado a la secretaría para su aprobación.
story-done-asked = Se han solicitado cambios a los responsables del proyecto.
story-done-approved = La historia está aprobada: figurará en el libro.
story-section-too-long = Esta sección es demasiado larga.
story-section-required = Esta sección es necesaria para enviar la historia.
story-closed = Esta historia ya no puede modificarse: se ha enviado, aprobado o su plazo ha vencido. Escriba a { $contact } si algo debe cambiar.
story-message-required = Indique qué debe cambiar.
story-message-too-long = Este mensaje es demasiado largo (2000 caracteres como máximo).
story-not-sent = Solo se pueden solicitar cambios a una historia enviada.
story-approved = Esta historia ya está aprobada.
story-deadline-invalid = Indique una fecha y hora futuras.
story-no-champions = Aún no hay campeones: invite cuando los resultados de la votación sean definitivos.
story-mail-invited-subject = Su historia de éxito para los Premios CMSI: { $title }
story-mail-invited-body = Estimado/a { $name }:
    
    Enhorabuena: «{ $title }» es campeón de los Premios CMSI. Le invitamos a escribir su historia de éxito para el libro anual «WSIS Stocktaking: Success Stories»: el desafío, la solución, los resultados con cifras, los socios y las lecciones aprendidas.
    
    Escríbala aquí antes del { $extra }: { $link }
    
    Este resultado es confidencial hasta la publicación de los resultados, el { $published }: no lo comunique a nadie fuera de su equipo antes de esa fecha. Los premios, incluido qué campeones ganan, se anuncian ese día.
    
    La secretaría de los Premios CMSI
story-mail-changes-subject = Cambios solicitados a su historia de éxito: { $title }
story-mail-changes-body = Estimado/a { $name }:
    
    La secretaría solicita cambios en la historia de éxito de «{ $title }»:
    
    { $extra }
    
    Modifíquela y envíela de nuevo aquí: { $link }
    
    La secretaría de los Premios CMSI
story-mail-approved-subject = Su historia de éxito está aprobada: { $title }
story-mail-approved-body = Estimado/a { $name }:
    
    La historia de éxito de «{ $title }» está aprobada. Se publicará en el libro y en la página del proyecto con los resultados.
    
    { $link }
    
    La secretaría de los Premios CMSI
stories-invited = { $count ->
        [one] Se ha invitado a los responsables de un proyecto.
       *[other] Se ha invitado a los responsables de { $count } proyectos.
    }
stories-missing = { $count ->
        [0] Todos los campeones y ganadores tienen una historia aprobada.
        [one] Un campeón o ganador aún no tiene historia aprobada: el libro imprimirá su descripción breve en su lugar.
       *[other] { $count } campeones y ganadores aún no tienen historia aprobada: el libro imprimirá sus descripciones breves en su lugar.
    }
stories-deadline = Plazo de las historias
stories-invite = Invitar a los responsables de los campeones y ganadores
book-title = El libro de historias de éxito
book-edition-title = WSIS Stocktaking: Success Stories { $year }
book-preview = Vista previa del libro
book-preview-note = Vista previa para la secretaría: el libro se publica con los resultados.
book-download = Descargar el libro (PDF)
book-contents = Índice
book-stand-in = No se aprobó ninguna historia para este proyecto: su descripción breve la sustituye.
book-none = Todavía no se ha publicado ningún libro de historias de éxito para esta edición: se publica con los resultados.
story-picture = Una imagen para la historia
story-picture-alt = La imagen de la historia
story-done-picture = La imagen se ha guardado.
editions-admin-title = Ediciones
editions-current = en curso
editions-edition = Edición
editions-first-opens = Apertura de la primera fase
editions-last-closes = Cierre de la última fase
editions-experts = Expertos
editions-returning = Expertos del año anterior
editions-invite-returning = { $count ->
        [one] Volver a invitar al experto del año anterior
       *[other] Volver a invitar a los { $count } expertos del año anterior
    }
editions-returned = { $count ->
        [one] Se volvió a invitar a un experto y se le avisó por correo.
       *[other] Se volvió a invitar a { $count } expertos y se les avisó por correo.
    }
editions-started = La edición { $year } ha comenzado. Sus categorías, rondas y reglas son las del año anterior: prepárela en sus páginas.
editions-start-title = Iniciar la edición { $year }
editions-start-intro = La nueva edición copia de la edición { $from } sus categorías con sus textos en todos los idiomas, sus premios especiales, los ajustes y rúbricas de sus rondas, los límites del formulario y su regla de recuento. Cada ronda recibe una nueva semilla de sorteo; no se copian candidaturas, asignaciones, nominados ni premios. El calendario siguiente se propone un año después, en la misma zona horaria: modifíquelo antes de iniciar.
editions-start = Iniciar la edición
editions-year-exists = La edición de ese año ya se ha iniciado.
editions-next-before-publication = La fase de presentación de la nueva edición no puede abrirse antes de que se abra la fase de publicación de la edición en curso.
editions-next-votes-overlap = La fase de votación de la nueva edición se solaparía con la de otra edición.
editions-mail-returning-subject = Premios CMSI { $year }: vuelve a formar parte del jurado
editions-mail-returning-body = Estimado/a { $name }:
    
    Gracias por su trabajo en la última edición de los Premios CMSI. La secretaría le invita de nuevo al jurado de expertos de la edición { $year }, en las mismas categorías.
    
    Antes de que se abra la evaluación, revise aquí sus vínculos con organizaciones y países, para que no se le asigne ninguna candidatura con la que tenga vínculos: { $link }
    
    Si no puede participar este año, responda a este mensaje.
    
    La secretaría de los Premios CMSI
submissions-edition = Premios CMSI { $year }
outcome-nominee = nominado
outcome-not-nominee = no preseleccionado
outcome-champion = campeón
outcome-winner = ganador
outcome-special-recognition = reconocimiento especial
outcome-stage-shortlist = preselección
outcome-stage-award = premio
outcome-mail-nominee-subject = «{ $title }» es nominado de los Premios CMSI { $year }
outcome-mail-nominee-body = Estimado/a { $name }:
    
    Los expertos han preseleccionado «{ $title }»: es uno de los nominados de la categoría { $category }, y la votación pública está abierta. Cualquiera puede votar por él aquí: { $link }
    
    La secretaría de los Premios CMSI
outcome-mail-not-nominee-subject = «{ $title }» no fue preseleccionado para los Premios CMSI { $year }
outcome-mail-not-nominee-body = Estimado/a { $name }:
    
    Gracias por presentar «{ $title }» en la categoría { $category }. Los expertos no lo preseleccionaron entre los nominados este año: la votación está abierta y los nominados son públicos. Podrá volver a participar el año próximo.
    
    Sus candidaturas: { $link }
    
    La secretaría de los Premios CMSI
outcome-mail-champion-subject = «{ $title }» es campeón de los Premios CMSI { $year }
outcome-mail-champion-body = Estimado/a { $name }:
    
    Se han publicado los resultados de los Premios CMSI { $year }: «{ $title }» es campeón de la categoría { $category }. Enhorabuena.
    
    Su página: { $link }
    
    La secretaría de los Premios CMSI
outcome-mail-winner-subject = «{ $title }» es ganador de los Premios CMSI { $year }
outcome-mail-winner-body = Estimado/a { $name }:
    
    Se han publicado los resultados de los Premios CMSI { $year }: «{ $title }» es el ganador de la categoría { $category }. Enhorabuena.
    
    Su página: { $link }
    
    La secretaría de los Premios CMSI
outcome-mail-special-recognition-subject = «{ $title }» recibe un reconocimiento especial de los Premios CMSI { $year }
outcome-mail-special-recognition-body = Estimado/a { $name }:
    
    Se han publicado los resultados de los Premios CMSI { $year }: «{ $title }» recibe un reconocimiento especial en la categoría { $category }. Enhorabuena.
    
    Su página: { $link }
    
    La secretaría de los Premios CMSI
results-mail-subject = Se han publicado los resultados de los Premios CMSI { $year }
results-mail-body = Estimado/a { $name }:
    
    Gracias por votar en los Premios CMSI { $year }. Los resultados están publicados: { $results }
    
    Cada voto es una línea del registro público, y el registro termina con este hash:
    
    { $head }
    
    Consérvelo: cualquiera puede descargar el registro desde la página de resultados y comprobar que termina con el mismo hash y que el recuento se deduce de él. Para comprobar que sus propios votos están en el registro y si contaron, introduzca aquí los recibos que recibió al votar: { $receipt }
    
    La secretaría de los Premios CMSI
vote-void-mail-subject = Su voto en { $category } ya no cuenta: puede votar de nuevo
vote-void-mail-body = Estimado/a { $name }:
    
    Usted votó en { $category } por { $nominee }. Este nominado se ha retirado de los Premios de la CMSI, por lo que su voto ya no cuenta.
    
    Puede votar una vez más en esta categoría, por otro nominado, hasta el { $closes }: { $ballot }
    
    Hasta entonces, su papeleta sigue contando como completa. Su primer recibo permanece en el registro público, marcado como no válido.
    
    La secretaría de los Premios de la CMSI
draft-reminder-mail-subject = Su candidatura «{ $title }» aún no se ha enviado: la presentación cierra el { $closes }
draft-reminder-mail-body = Estimado/a { $name }:
    
    Su candidatura «{ $title }» en { $category } sigue siendo un borrador: solo participa en los Premios de la CMSI una vez enviada, y la presentación cierra el { $closes }.
    
    Termínela y envíela aquí: { $link }
    
    La secretaría de los Premios de la CMSI
book-ledger-head = El registro de la votación pública termina con este hash:
editions-editing = Está modificando la edición { $year }.
editions-other = Todas las ediciones
archive-title = Ediciones
archive-lead = Cada edición de los Premios CMSI celebrada en esta plataforma, con sus cifras en la medida en que son públicas: los nominados desde la apertura de la votación, los votos y los ganadores una vez publicados los resultados.
archive-submissions = Candidaturas enviadas
archive-nominees = Nominados
archive-votes = Votos válidos
archive-winners = Ganadores
archive-not-yet = aún no público
archive-results = Resultados
archive-open-data = Datos abiertos
archive-categories = Categorías
archive-link = Todas las ediciones
submission-copy = Empezar la candidatura de este año a partir de esta
submission-copy-same-edition = Esta candidatura es de la edición en curso: modifíquela en su lugar.
submission-copy-category-gone = Su categoría no existe en la edición en curso: empiece una nueva candidatura en otra categoría.
thread-title = Mensajes
thread-written = Su mensaje se ha enviado.
thread-none = Todavía no hay mensajes.
thread-new = nuevo
thread-body = Su mensaje
thread-send = Enviar el mensaje
thread-draft = Los mensajes sobre una candidatura se escriben una vez enviada. Hasta entonces, escriba a la dirección de la secretaría al pie de la página.
thread-secretariat = Secretaría de los Premios CMSI
thread-former-owner = Un antiguo titular
thread-empty = Escriba primero el mensaje.
thread-too-long = Un mensaje tiene como máximo 4.000 caracteres.
thread-mail-owners-subject = Un mensaje de la secretaría de los Premios CMSI sobre «{ $title }»
thread-mail-owners-body = Estimado/a { $name }:
    
    La secretaría de los Premios CMSI escribió sobre su candidatura «{ $title }»:
    
    { $message }
    
    Lea los mensajes y responda aquí: { $link }
    
    La secretaría de los Premios CMSI
thread-mail-secretariat-subject = Un mensaje sobre «{ $title }» de { $author }
thread-mail-secretariat-body = { $author } ({ $email }) escribió sobre la candidatura «{ $title }»:
    
    { $message }
    
    Lea el hilo y responda aquí: { $link }
inbox-title = Mensajes
inbox-none = Ninguna candidatura tiene mensajes todavía.
inbox-unread = Mensajes de titulares sin leer: { $count }
inbox-submission = Candidatura
inbox-latest = Último mensaje
inbox-messages = Mensajes
inbox-from-owners = Titulares
inbox-line-unread = { $count } sin leer
correction-title = Corregir esta candidatura
correction-lead = Corrija una errata o un dato erróneo de una candidatura enviada, en cualquier fase. Sus titulares reciben qué campos cambiaron y por qué; el cambio queda en el registro de auditoría con los valores anteriores y posteriores, y todas las páginas públicas, la papeleta, los datos abiertos y el libro lo muestran de inmediato.
correction-done = La corrección se ha guardado y se ha informado a los titulares.
correction-reason = Motivo de la corrección
correction-reason-hint = Se comunica a los titulares y queda en el registro de auditoría.
correction-save = Guardar la corrección
correction-picture-save = Sustituir la imagen
correction-unchanged = No ha cambiado nada: corrija primero un campo.
correction-mail-subject = La secretaría de los Premios de la CMSI corrigió «{ $title }»
correction-mail-body = Estimado/a { $name }:
    
    La secretaría de los Premios de la CMSI corrigió su candidatura «{ $title }».
    
    Cambios: { $fields }
    Motivo: { $reason }
    
    Vea su candidatura aquí: { $link }
    
    La secretaría de los Premios de la CMSI
category-in-english = (en inglés)
privacy-mail-h = Mensajes del concurso
privacy-mail-p = Además de lo que concierne a su cuenta y a sus candidaturas, la secretaría puede escribir a un grupo del que usted forme parte (titulares de candidaturas, nominados, expertos, votantes cuya papeleta está incompleta), y los votantes reciben un recordatorio antes del cierre de la votación. Cada uno de esos mensajes a los votantes termina con un enlace que los detiene, sin iniciar sesión. Las confirmaciones, los restablecimientos de contraseña y lo que concierne a sus candidaturas se envían siempre.
contest-mail-footer = Recibe este mensaje como votante de los Premios de la CMSI. Para no recibir más mensajes del concurso, siga este enlace: { $link }
stop-mail-title = Mensajes del concurso
stop-mail-lead = ¿Detener los mensajes del concurso de los Premios de la CMSI a esta dirección (las noticias de la secretaría y los recordatorios de la votación)? Lo que concierne a su cuenta (una confirmación, un restablecimiento de contraseña) se sigue enviando.
stop-mail-button = Detener los mensajes del concurso
stop-mail-done = Hecho: ya no recibirá mensajes del concurso.
stop-mail-already = Los mensajes del concurso a esta dirección ya están detenidos.
mailings-title = Mensajes de grupo
mailings-lead = Escriba a un grupo de la edición en curso. La página siguiente muestra la versión de cada idioma y cuántas personas la reciben; no se envía nada antes de que confirme. Cada persona recibe la versión de su idioma, si no la inglesa, una sola vez.
mailing-new = Un nuevo mensaje de grupo
mailing-audience = Grupo
mailing-category = Categoría (para los titulares de candidaturas enviadas)
mailing-all-categories = Todas las categorías
mailing-round = Ronda (para los expertos)
mailing-optional = opcional
mailing-subject = Asunto
mailing-body = Mensaje
mailing-prepare = Revisar el mensaje y sus destinatarios
mailings-of = Mensajes de grupo de { $year }
mailings-none = Todavía no hay mensajes de grupo.
mailing-progress = Enviados
mailing-check = Revisar y confirmar el mensaje de grupo
mailing-counts = { $recipients } destinatarios, { $sent } enviados
mailing-version-recipients = { $count } destinatarios
mailing-confirm-hint = El envío no se puede deshacer. Los correos salen al ritmo de la cola de envío desde el minuto siguiente.
mailing-send = Enviar a { $count } personas
mailing-discard = Descartar este mensaje
mailing-discarded = El mensaje se ha descartado.
mailing-confirmed-notice = Confirmado: el mensaje se está enviando.
mailing-confirmed-at = Confirmado el { $at }.
mailing-audience-drafts = Titulares de borradores no enviados
mailing-audience-sent = Titulares de candidaturas enviadas
mailing-audience-nominees = Titulares de los nominados
mailing-audience-experts = Expertos de una ronda
mailing-audience-voters = Votantes con papeleta incompleta
mailing-status-prepared = en espera de confirmación
mailing-status-sending = enviándose
mailing-status-sent = enviado
mailing-audience-invalid = Elija un grupo.
mailing-category-invalid = Elija una categoría de esta edición.
mailing-round-invalid = Elija una ronda de esta edición.
mailing-subject-required = Escriba un asunto.
mailing-subject-invalid = Un asunto es una línea de 200 caracteres como máximo.
mailing-body-required = Escriba el mensaje.
mailing-body-too-long = Un mensaje tiene como máximo 20.000 caracteres.
mailing-nobody = Nadie está en este grupo ahora.
mailing-confirmed = Este mensaje ya está confirmado.
exports-title = Exportaciones
exports-lead = Descargue lo que necesitan los informes, como hoja de cálculo (XLSX: los números siguen siendo números) o CSV. Cada descarga queda en el registro de auditoría con quién la hizo. Las cuentas piden un motivo y omiten las direcciones de correo electrónico salvo que marque la casilla.
export-what = Exportación
export-submissions = Candidaturas (todos los campos, una fila cada una)
export-screening = Decisiones de examen
export-reviews = Asignaciones y puntuaciones de los expertos
export-votes = Las cifras de la votación por categoría y día
export-accounts = Cuentas (nunca las contraseñas)
export-year = Edición
export-format = Formato
export-reason = Motivo (obligatorio para las cuentas)
export-reason-hint = Queda en el registro de auditoría.
export-addresses = Incluir las direcciones de correo electrónico de las cuentas
export-download = Descargar
export-kind-invalid = Elija qué exportar.
export-format-invalid = Elija XLSX o CSV.
export-year-invalid = Elija una edición.
discussion-title = Debate con los demás expertos
discussion-later = Una vez enviada su evaluación, verá las puntuaciones y los comentarios de los demás expertos sobre esta candidatura y podrá debatirla con ellos.
discussion-written = Su mensaje se ha añadido al debate.
discussion-lead = Los demás expertos le leen como { $me }; no se nombra a nadie. Los titulares de la candidatura nunca ven este debate.
discussion-no-reviews = Ningún otro experto ha enviado todavía una evaluación de esta candidatura.
discussion-body = Su mensaje a los demás expertos
discussion-send = Añadir al debate
discussion-expert = Experto { $n }
discussion-on = Los expertos de esta ronda debaten una candidatura una vez enviada su propia evaluación.
discussion-off-state = El debate de los expertos está desactivado en esta ronda.
discussion-turn-off = Desactivar el debate
discussion-turn-on = Activar el debate
discussion-empty = Escriba primero el mensaje.
discussion-too-long = Un mensaje tiene como máximo 4.000 caracteres.
discussion-after-review = Envíe primero su propia evaluación de esta candidatura.
discussion-off = El debate está desactivado en esta ronda.

# Français : traduction complète de la plateforme des Prix du SMSI.

site-name = Prix du SMSI
meta-description = Les Prix du SMSI, concours annuel de l'UIT pour les projets qui mettent en œuvre le Sommet mondial sur la société de l'information : soumettez un projet, votez pour ceux auxquels vous croyez, découvrez les lauréats.
footer-text = Les Prix du SMSI sont le concours annuel de l'UIT qui récompense les projets mettant en œuvre les grandes orientations du Sommet mondial sur la société de l'information.

## Navigation
nav-label = Menu principal
nav-languages = Langues
nav-skip = Aller au contenu
nav-home = Accueil
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-register = Créer un compte
nav-admin = Secrétariat

## Dates
datetime = { $day } { $month } { $year } à { $time } { $zone }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Phases
phase-submission = Soumission des projets
phase-screening = Examen et présélection par les experts
phase-voting = Vote public en ligne
phase-selection = Sélection des lauréats
phase-publication = Publication des lauréats et des champions
standing-open = { $phase } : ouverte jusqu'au { $when }.
standing-upcoming = { $phase } : ouverture le { $when }.
standing-over = Cette édition est terminée. Merci à toutes celles et à tous ceux qui y ont pris part.

## Accueil
home-eyebrow = UIT · Sommet mondial sur la société de l'information
home-lead = Des projets portés par des gouvernements, des entreprises, la société civile, des organisations internationales et le monde universitaire, qui mettent les bienfaits des technologies de l'information et de la communication à la portée de tous. Soumettez le vôtre, votez pour ceux auxquels vous croyez et découvrez les lauréats.
home-calendar = Calendrier
home-categories = Les 18 catégories
home-no-edition = Aucune édition n'a encore été créée.

## Catégories
category-eyebrow = Catégorie { $code }
category-counts = { $nominees } nominés · { $champions } champions · { $winners } lauréat(s)
category-nominees = Nominés
category-nominees-list = Les nominés
category-champions = Champions
category-winners = Lauréats

## Formulaires
field-email = Adresse électronique
field-password = Mot de passe
field-password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux font un bon mot de passe.
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel
field-name = Votre nom
field-organisation = Organisation
field-country = Pays de l'organisation
field-region = Région de l'UIT
field-stakeholder-type = Catégorie de partie prenante
field-language = Langue des courriels
field-choose = Choisir…

stakeholder-government = Gouvernement
stakeholder-business-sector = Secteur privé
stakeholder-civil-society = Société civile
stakeholder-international-organisation = Organisation internationale
stakeholder-academia = Milieu universitaire
stakeholder-other = Autre

region-africa = Afrique
region-americas = Amériques
region-arab-states = États arabes
region-asia-pacific = Asie-Pacifique
region-cis = CEI
region-europe = Europe

## Messages des champs
email-required = Saisissez votre adresse électronique.
email-invalid = Cette adresse électronique n'est pas valide.
email-too-long = Cette adresse électronique est trop longue.
email-taken = Un compte utilise déjà cette adresse. Connectez-vous ou réinitialisez votre mot de passe.
email-already-confirmed = Votre adresse électronique est déjà confirmée.
password-too-short = Utilisez au moins 12 caractères.
password-too-long = Utilisez au plus 256 caractères.
password-too-common = Ce mot de passe est trop courant ou trop facile à deviner. Essayez quelques mots sans rapport entre eux.
credentials-wrong = L'adresse électronique ou le mot de passe est incorrect.
name-required = Saisissez votre nom.
name-too-long = Utilisez au plus 200 caractères.
name-invalid-characters = Supprimez les caractères de contrôle.
organisation-required = Saisissez le nom de votre organisation.
organisation-too-long = Utilisez au plus 300 caractères.
organisation-invalid-characters = Supprimez les caractères de contrôle.
title-required = Saisissez un titre.
title-too-long = Utilisez au plus 200 caractères.
title-invalid-characters = Supprimez les caractères de contrôle.
country-required = Choisissez un pays.
stakeholder-type-required = Choisissez une catégorie de partie prenante.
link-invalid = Ce lien n'est pas valide. Copiez le lien complet figurant dans le courriel.
link-used = Ce lien a déjà été utilisé.
link-expired = Ce lien a expiré. Demandez-en un nouveau.
reason-required = Indiquez un motif ; il est conservé dans le journal d'audit.
reason-too-long = Utilisez au plus 2 000 caractères.

## Erreurs
error-invalid = Certains champs demandent votre attention.
error-not-found = Cette page n'existe pas.
error-unauthenticated = Connectez-vous pour continuer.
error-forbidden = Vous n'avez pas les droits nécessaires pour cette action.
error-conflict = Cette action entre en conflit avec des données existantes.
error-phase-closed = Cette action n'est pas possible dans la phase actuelle de l'édition.
error-rate-limited = Trop de tentatives. Réessayez dans { $seconds ->
        [one] une seconde
       *[other] { $seconds } secondes
    }.
error-internal = Une erreur s'est produite de notre côté. Veuillez réessayer plus tard.
error-request = La demande n'a pas pu aboutir. Vérifiez votre connexion et réessayez.
account-disabled = Ce compte a été désactivé. Contactez le secrétariat du SMSI.

## Inscription
register-title = Créer votre compte
register-lead = Un seul compte vous permet de soumettre des projets, de suivre leur parcours et de participer au vote public en ligne.
register-submit = Créer mon compte
register-have-account = J'ai déjà un compte
register-done-title = Consultez votre messagerie
register-done-body = Nous vous avons envoyé un lien pour confirmer votre adresse électronique ; il est valable 48 heures. Vous pouvez déjà vous connecter ; vous pourrez soumettre des projets et voter une fois votre adresse confirmée.

## Confirmation de l'adresse
confirm-title = Confirmer votre adresse électronique
confirm-ok = Merci : votre adresse électronique est confirmée.
confirm-resend-hint = Connectez-vous et ouvrez « Mon compte » pour recevoir un nouveau lien.

## Connexion
login-title = Connexion
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-register = Créer un compte

## Réinitialisation du mot de passe
forgot-title = Réinitialiser votre mot de passe
forgot-lead = Saisissez l'adresse électronique de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe ; il est valable une heure et ne sert qu'une fois.
forgot-submit = M'envoyer un lien
forgot-sent = Si un compte utilise cette adresse, un lien vient de lui être envoyé. Consultez votre messagerie.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe a été modifié. Connectez-vous avec le nouveau.

## Mon compte
account-title = Mon compte
account-profile = Profil
account-save = Enregistrer
account-saved = Votre profil a été enregistré.
account-change-password = Changer de mot de passe
account-password-changed = Votre mot de passe a été modifié. Vos autres appareils ont été déconnectés.
account-confirmed = confirmée
account-unconfirmed = adresse non confirmée
account-resend = Renvoyer le lien de confirmation
account-confirmation-sent = Un nouveau lien de confirmation a été envoyé.

## Rôles
role-expert = Expert
role-secretariat = Secrétariat
role-unknown = Rôle inconnu.
role-already-granted = Le compte a déjà ce rôle.
role-not-granted = Le compte n'a pas ce rôle.

## Secrétariat
admin-title = Secrétariat
admin-accounts = Comptes
admin-accounts-count = { $count } comptes
admin-unmailable-title = Adresses qu’aucun courriel n’atteint
admin-unmailable-help = { $count } comptes ont une adresse que le serveur de courriel refuse (créés avant que les adresses soient vérifiées avec lui) : aucune confirmation, réinitialisation ou invitation ne les atteint. Demandez une adresse corrigée à leurs titulaires.
admin-search = Rechercher par adresse, nom ou organisation
admin-search-submit = Rechercher
admin-status = État
admin-status-active = actif
admin-status-unconfirmed = adresse non confirmée
admin-status-disabled = désactivé
admin-roles = Rôles
admin-act = Action
admin-reason = Motif
admin-apply = Appliquer
admin-not-yourself = Vous ne pouvez pas faire cela sur votre propre compte.
admin-op-unknown = Action inconnue.
admin-op-grant-expert = Nommer expert
admin-op-revoke-expert = Retirer le rôle d'expert
admin-op-grant-secretariat = Ajouter au secrétariat
admin-op-revoke-secretariat = Retirer le rôle de secrétariat
admin-op-disable = Désactiver le compte
admin-op-enable = Réactiver le compte
admin-mail = Courriels retenus
admin-mail-lead = Aucun serveur de messagerie n'est configuré : les messages sont conservés ici au lieu d'être envoyés. Définissez WSIS_SMTP_URL pour les envoyer.
admin-mail-empty = Aucun message pour l'instant.
admin-audit = Journal d'audit
admin-audit-chain-ok = La chaîne des entrées du journal d'audit est intacte.
admin-audit-chain-broken = La chaîne des entrées du journal d'audit est rompue à l'entrée { $id } : une entrée a été modifiée ou supprimée.
admin-audit-when = Quand
admin-audit-who = Qui
admin-audit-what = Quoi
admin-audit-system = système

## Calendrier
calendar-title = Édition et calendrier
calendar-edition-title = Titre de l'édition
calendar-time-zone = Fuseau horaire
calendar-time-zone-hint = Un nom IANA tel que Europe/Zurich (Genève). Les dates ci-dessous sont exprimées dans ce fuseau.
calendar-phase = Phase
calendar-opens = Ouverture
calendar-closes = Clôture
calendar-opened = ouverte
calendar-reason = Motif de la modification
calendar-reason-hint = Obligatoire lorsqu'une phase déjà ouverte est modifiée ; conservé dans le journal d'audit.
calendar-save = Enregistrer le calendrier
calendar-saved = Le calendrier a été enregistré.
calendar-phase-missing = Chaque phase doit avoir une date d'ouverture et une date de clôture.
calendar-closes-before-opens = Une phase doit se clore après son ouverture.
calendar-overlap = Cette phase s'ouvre avant la clôture de la précédente.
calendar-date-invalid = Saisissez une date et une heure.
calendar-time-zone-unknown = Fuseau horaire inconnu. Utilisez un nom IANA tel que Europe/Zurich.
calendar-reason-required = Une phase déjà ouverte est modifiée : indiquez un motif.

## Courriels
mail-confirm-subject = Confirmez votre adresse électronique pour les Prix du SMSI
mail-confirm-body =
    Bonjour { $name },

    Merci de vous être inscrit(e) sur la plateforme des Prix du SMSI. Veuillez confirmer votre adresse électronique en ouvrant ce lien dans les 48 heures :

    { $link }

    Si vous n'êtes pas à l'origine de cette inscription, vous pouvez ignorer ce message.

    Le secrétariat des Prix du SMSI, UIT
mail-reset-subject = Réinitialisation de votre mot de passe des Prix du SMSI
mail-reset-body =
    Bonjour { $name },

    Une demande de réinitialisation du mot de passe de votre compte des Prix du SMSI a été faite. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :

    { $link }

    Si vous n'avez rien demandé, ignorez ce message ; votre mot de passe reste inchangé.

    Le secrétariat des Prix du SMSI, UIT

## Catégories (secrétariat)
categories-title = Catégories
categories-saved = La catégorie a été enregistrée.
categories-opened = La phase de soumission est ouverte : les soumissionnaires s'appuient sur ces catégories. Toute modification exige un motif et est conservée dans le journal d'audit.
categories-add = Ajouter une catégorie ou un prix spécial
categories-add-hint = Par exemple une « Mention spéciale » sans grande orientation, ou un prix distinct. Elle suit toutes les phases comme les catégories des grandes orientations.
categories-save = Enregistrer la catégorie
category-code = Code
category-number = Ordre
category-special = Prix spécial (hors grandes orientations)
category-title-en = Titre en anglais
category-description-en = Description en anglais
category-title-fr = Titre en français (facultatif ; l'anglais est affiché tant qu'il n'est pas traduit)
category-description-fr = Description en français (facultative)
category-title-es = Titre en espagnol (facultatif ; l'anglais est affiché tant qu'il n'est pas traduit)
category-description-es = Description en espagnol (facultative)
category-title-ru = Titre en russe (facultatif ; l'anglais est affiché tant qu'il n'est pas traduit)
category-description-ru = Description en russe (facultative)
category-title-zh = Titre en chinois (facultatif ; l'anglais est affiché tant qu'il n'est pas traduit)
category-description-zh = Description en chinois (facultative)
category-title-ar = Titre en arabe (facultatif ; l'anglais est affiché tant qu'il n'est pas traduit)
category-description-ar = Description en arabe (facultative)
category-reason = Motif de la modification (facultatif avant l'ouverture des soumissions)
category-reason-required-label = Motif de la modification (obligatoire)
category-code-invalid = Utilisez au plus 20 lettres, chiffres, points ou tirets, par exemple C7.4.
category-code-taken = Une autre catégorie de cette édition utilise déjà ce code.
category-number-invalid = Saisissez un nombre entier de 1 à 999.
category-count-invalid = Saisissez un nombre entier de 1 à 1 000.
category-champions-over-nominees = Il ne peut y avoir plus de champions que de nominés.
category-winners-over-champions = Il ne peut y avoir plus de lauréats que de champions.
category-text-required = Ce texte est obligatoire.
category-text-too-long = Ce texte est trop long.
category-reason-required = La soumission est ouverte : indiquez le motif de cette modification.

## Soumissions
nav-submissions = Mes soumissions
submissions-title = Mes soumissions
submissions-none = Vous n'avez encore aucune soumission.
submissions-new = Soumettre un projet
submissions-start = Commencer un brouillon
submission-title = Soumission
submission-category = Catégorie
submission-status = État
submission-missing = Reste à remplir
submission-untitled = (brouillon sans titre)
submission-until = jusqu'au { $when }
submission-sent = Votre soumission a été transmise au secrétariat du SMSI. Vous serez informé(e) par courriel de son examen.
submission-changes-asked = Le secrétariat demande des modifications :
submission-decisions = Examen
submission-needs-js = Avec JavaScript, ce formulaire compte les mots au fil de la saisie. Sans JavaScript, il fonctionne tout autant : les mots sont comptés à l'enregistrement.
submission-saved = Votre brouillon a été enregistré.
submission-save = Enregistrer le brouillon
submission-send = Transmettre au secrétariat
submission-complete = Tous les champs obligatoires sont remplis. Une fois transmise, la soumission ne peut plus être modifiée, sauf si le secrétariat demande des modifications.
submission-still-missing = Avant de transmettre, complétez :
submission-send-button = Transmettre ma soumission
submission-action-lines-hint = Les grandes orientations du SMSI que le projet fait avancer, séparées par des virgules, par exemple C2, C7.4.
submission-sdgs-hint = Les objectifs de développement durable qu'il fait avancer (1 à 17), séparés par des virgules, par exemple 3, 5, 10.
submission-start-date-hint = Année et mois, par exemple 2023-04.
submission-field-title = Titre du projet
submission-field-organisation = Organisation (entité)
submission-field-country = Pays de l'organisation
submission-field-stakeholder-type = Catégorie de partie prenante
submission-field-short-description = Description courte (celle que lisent les votants)
submission-field-action-lines = Grandes orientations du SMSI
submission-field-sdgs = Objectifs de développement durable
submission-field-impact-qualitative = Impact qualitatif
submission-field-impact-quantitative = Impact quantitatif
submission-field-partnerships = Partenariats
submission-field-challenges = Difficultés et perspectives
submission-field-start-date = Date de début
submission-field-project-status = État d'avancement du projet
submission-field-website = Site web
words-between = { $count ->
    [one] { $n } mot
   *[other] { $n } mots
    } (entre { $min } et { $max })
words-at-most = { $count ->
    [one] { $n } mot
   *[other] { $n } mots
    } (au plus { $max })
status-draft = brouillon
status-submitted = transmise, en attente d'examen
status-changes-requested = modifications demandées
status-eligible = recevable
status-not-eligible = non recevable
project-status-completed = Achevé
project-status-major-phase-completed = Une phase majeure achevée
decision-eligible = Recevable
decision-not-eligible = Non recevable
decision-changes-requested = Modifications demandées
decision-moved = Déplacée dans une autre catégorie
decision-changes-lapsed = Délai de modification dépassé ; retour à l'examen en l'état
flag-similar-title = Titre identique ou très proche de
flag-same-entity-category = Même organisation dans la même catégorie que
flag-similar-description = Description très proche de
flag-past-winner = Correspond à un ancien lauréat :
flag-past-champion = Ancien champion (recevable) :
submission-confirm-email-first = Confirmez d'abord votre adresse électronique : ouvrez le lien que nous vous avons envoyé, ou demandez-en un nouveau dans Mon compte.
submission-phase-closed = La phase de soumission est close : les brouillons ne peuvent plus être modifiés ni transmis.
submission-deadline-passed = Le délai accordé pour les modifications est dépassé.
submission-locked = Cette soumission a été transmise et ne peut plus être modifiée.
submission-entity-taken = Cette organisation a déjà une soumission dans cette catégorie pour cette édition. S'il s'agit d'une erreur, écrivez au secrétariat : { $contact }.
category-required = Choisissez une catégorie.
short-description-too-long = La description courte est trop longue : ramenez-la à la limite de mots.
short-description-too-short = La description courte est trop brève : il lui faut davantage de mots.
long-text-too-long = Ce texte est trop long : ramenez-le à la limite de mots.
long-text-required = Ce texte est obligatoire.
sdgs-invalid = Utilisez des numéros d'ODD de 1 à 17, séparés par des virgules.
sdgs-required = Indiquez au moins un objectif de développement durable.
action-lines-invalid = Utilisez des codes de grandes orientations du SMSI, par exemple C1 ou C7.4, séparés par des virgules.
website-invalid = Saisissez une adresse web commençant par https://
start-date-invalid = Saisissez l'année et le mois de début du projet, par exemple 2023-04.
project-status-required = Indiquez si le projet est achevé ou si une phase majeure est achevée.
changes-days-invalid = Indiquez un nombre de jours de 1 à 60.
decision-unknown = Choisissez une décision.

## Examen
screening-title = Examen des soumissions
screening-any = toutes
screening-flagged-only = signalées seulement
screening-filter = Filtrer
screening-counts = { $total } soumissions : { $submitted } en attente d'examen, { $changes } avec modifications demandées, { $eligible } recevables, { $not_eligible } non recevables, { $withdrawn } retirées
screening-flags = Signalements
screening-decided = La décision a été enregistrée et les titulaires informés.
notes-title = Notes internes
notes-lead = Seul le secrétariat lit ces notes : les titulaires de la candidature ne les voient jamais.
notes-none = Aucune note pour l'instant.
notes-by = { $author }, { $at } :
notes-body = Une note pour le secrétariat
notes-add = Ajouter la note
notes-added = La note est ajoutée.
note-empty = Écrivez d'abord la note.
note-too-long = Une note compte au plus 4 000 caractères.
screening-decide = Décision
screening-decision = Décision
screening-text = Motif ou message au titulaire
screening-text-hint = Obligatoire sauf pour « recevable ». Le titulaire le lit.
screening-days = Jours accordés pour les modifications
screening-days-hint = Seulement pour « modifications demandées » ; 7 par défaut.
screening-to-category = Déplacer vers la catégorie (code)
screening-to-category-hint = Seulement pour « déplacée », par exemple C7.3.
screening-record = Enregistrer la décision
screening-closed = L'examen n'est pas ouvert : les décisions se prennent pendant la phase d'examen.

## Courriels sur les soumissions
mail-submitted-subject = Prix du SMSI : votre soumission « { $title } » a été reçue
mail-submitted-body =
    Bonjour { $name },

    Votre soumission « { $title } » a été transmise au secrétariat du SMSI, qui va l'examiner. Vous recevrez un courriel sur l'issue de cet examen.

    { $link }

    Le secrétariat des Prix du SMSI, UIT
mail-decision-subject = Prix du SMSI : examen de « { $title } »
mail-decision-eligible-body =
    Bonjour { $name },

    Votre soumission « { $title } » a été jugée recevable pour les Prix du SMSI. Les experts vont maintenant présélectionner les nominés.

    { $link }

    Le secrétariat des Prix du SMSI, UIT
mail-decision-not-eligible-body =
    Bonjour { $name },

    Votre soumission « { $title } » n'a pas pu être retenue. Motif indiqué par le secrétariat :

    { $message }

    { $link }

    Le secrétariat des Prix du SMSI, UIT
mail-decision-changes-body =
    Bonjour { $name },

    Le secrétariat vous demande de modifier votre soumission « { $title } » :

    { $message }

    Merci d'effectuer les modifications et de transmettre à nouveau la soumission avant la date limite ci-dessus ; passé ce délai, la soumission sera examinée en l'état.

    { $link }

    Le secrétariat des Prix du SMSI, UIT
mail-decision-moved-body =
    Bonjour { $name },

    Votre soumission « { $title } » a été déplacée dans une autre catégorie. Motif indiqué par le secrétariat :

    { $message }

    { $link }

    Le secrétariat des Prix du SMSI, UIT
submission-field-picture = Image ou logo
submission-picture-alt = L'image du projet
submission-picture-choose = Choisir une image (PNG, JPEG ou WebP)
submission-picture-hint = Jusqu'à { $mb } Mo. Elle est vérifiée et convertie avant d'être conservée.
submission-picture-upload = Envoyer l'image
picture-required = Choisissez un fichier à envoyer.
picture-too-large = Ce fichier est trop volumineux.
picture-not-image = Ce fichier n'est pas une image PNG, JPEG ou WebP.
picture-too-many-pixels = Cette image a trop de pixels : réduisez-la et réessayez.
submission-people = Personnes
submission-owner = titulaire
submission-co-owner = cotitulaire
submission-invited = invitée, pas encore inscrite
submission-remove = Retirer
submission-invite = Inviter
submission-invite-email = Inviter un cotitulaire (adresse électronique)
submission-invite-hint = Cette personne pourra modifier et transmettre la soumission avec vous. Sans compte, elle s'inscrit d'abord avec cette adresse.
submission-invitation-sent = L'invitation a été envoyée.
submission-owner-only = Seul le titulaire de la soumission peut faire cela.
submission-owner-stays = Le titulaire ne peut pas être retiré.
invitation-already-member = Cette personne peut déjà modifier la soumission.
invitation-other-address = Cette invitation est destinée à une autre adresse : connectez-vous avec l'adresse à laquelle elle a été envoyée.
invitation-title = Invitation à cotitulariser une soumission
invitation-lead = Vous êtes invité(e) à modifier et transmettre une soumission aux Prix du SMSI. Connectez-vous avec l'adresse à laquelle l'invitation a été envoyée (ou inscrivez-vous avec elle), puis acceptez.
invitation-accept = Accepter l'invitation
mail-invitation-subject = { $inviter } vous invite sur une soumission aux Prix du SMSI
mail-invitation-body =
    Bonjour,

    { $inviter } vous invite à modifier et transmettre avec lui ou elle la soumission « { $title } » aux Prix du SMSI. Ouvrez ce lien dans les 14 jours, connectez-vous avec cette adresse (ou inscrivez-vous avec elle) et acceptez :

    { $link }

    Si vous ne connaissez pas cette personne, ignorez ce message.

    Le secrétariat des Prix du SMSI, UIT

## Registre (secrétariat)
registry-title = Lauréats et organisations
past-winners-title = Lauréats des éditions précédentes
past-winners-lead = Collez un CSV avec un lauréat par ligne : année, catégorie, titre, organisation, pays (code ISO, par exemple KE). Les nouvelles soumissions qui correspondent à l'un d'eux sont signalées à l'examinateur ; le secrétariat décide.
past-winners-csv = CSV
past-winners-import = Importer
past-winners-report = { $imported } lauréats importés, { $skipped } déjà connus ; { $flagged } soumissions transmises correspondent désormais à un ancien lauréat.
past-winners-line = Ligne { $line } : { $problem }
past-winners-line-unreadable = la ligne ne peut pas être lue comme du CSV.
past-winners-line-columns = cinq colonnes sont nécessaires : année, catégorie, titre, organisation, pays.
past-winners-line-year = l'année doit être celle d'une édition précédente, à partir de 2000.
past-winners-line-country = code de pays inconnu.
past-winners-line-text = la catégorie, le titre ou l'organisation manque ou est trop long.
past-winners-too-long = Ce CSV est trop long : importez-le en plusieurs fois.
past-winners-empty = Le CSV ne contient aucun lauréat.
organisations-title = Organisations
organisations-lead = Lorsque deux organisations sont une même entité sous deux noms, fusionnez l'une dans l'autre. Ses soumissions la suivent ; deux soumissions restant dans une même catégorie sont signalées à l'examinateur.
organisations-search = Rechercher par nom
organisations-from = Fusionner l'organisation numéro
organisations-into = dans l'organisation numéro
organisations-merge = Fusionner
organisations-merged = Les organisations ont été fusionnées.
merge-same-organisation = Choisissez deux organisations différentes.
screening-dismiss = Lever le signalement
home-submit = Soumettre un projet
screening-pages = Pages de la file

## Hardening: withdrawal, drafts, contact, errors
footer-contact = Une question ? Écrivez au secrétariat des Prix du SMSI :
error-busy = Le serveur est très sollicité. Réessayez dans { $seconds ->
        [one] une seconde
       *[other] { $seconds } secondes
    }.
mail-register-again-subject = Quelqu'un a tenté de s'inscrire avec votre adresse électronique
mail-register-again-body =
    Bonjour { $name },

    Quelqu'un vient de tenter de créer un compte des Prix du SMSI avec votre adresse électronique, qui en a déjà un. Aucun compte n'a été créé et votre mot de passe n'a pas changé.

    Si c'était vous, connectez-vous : { $login }
    Si vous avez oublié votre mot de passe, choisissez-en un nouveau : { $forgot }

    Si ce n'était pas vous, vous pouvez ignorer ce message.

    Le secrétariat des Prix du SMSI, UIT
link-other-account = Ce lien appartient à un autre compte. Déconnectez-vous, puis ouvrez-le de nouveau et connectez-vous avec le compte auquel il a été envoyé.
login-to-confirm = Connectez-vous pour confirmer votre adresse électronique. Si ce mot de passe n'est pas le vôtre, vous n'avez pas créé ce compte : utilisez « Mot de passe oublié ? » pour en choisir un.
invitation-phase-closed = La phase de soumission est close : les personnes d'une soumission ne peuvent plus changer.
status-withdrawn = retirée
decision-withdrawn = Retirée
problem-title = Un problème est survenu
problem-none = Rien à signaler.
submission-delete = Supprimer ce brouillon
submission-delete-hint = Le brouillon et son image sont supprimés définitivement, pour les copropriétaires aussi.
submission-delete-button = Supprimer le brouillon
submission-not-draft = Seul un brouillon peut être supprimé. Une soumission envoyée peut être retirée.
submissions-deleted = Le brouillon a été supprimé.
submission-withdraw = Retirer cette soumission
submission-withdraw-hint = Une soumission retirée quitte le concours et libère la catégorie pour votre organisation. Vous pouvez la retirer jusqu'à l'ouverture du vote public.
submission-withdraw-reason = Pourquoi (facultatif)
submission-withdraw-button = Retirer
submission-withdrawn = La soumission a été retirée.
submission-not-sent = Cette soumission n'a pas été envoyée : supprimez plutôt le brouillon.
submission-not-withdrawable = Cette soumission ne participe plus au concours.
withdraw-closed = Le vote public est ouvert : seul le secrétariat peut désormais retirer un nominé. Écrivez-lui.
screening-withdraw = Retirer
screening-withdraw-hint = Retirer une soumission la sort du concours. La raison est enregistrée et envoyée à ses propriétaires.
mail-withdrawn-body =
    Bonjour { $name },

    Votre soumission « { $title } » a été retirée des Prix du SMSI.

    { $message }

    { $link }

    Le secrétariat des Prix du SMSI, UIT
drafts-title = Brouillons
drafts-lead = Un brouillon ne réserve rien : chacun peut saisir le nom de n'importe quelle organisation. Décompte par catégorie ; cherchez un nom pour voir qui détient des brouillons sous ce nom.
drafts-search = Qui détient des brouillons sous le nom de l'organisation
drafts-none = Personne ne détient de brouillon sous ce nom.
drafts-holder = Détenu par
drafts-started = Commencé le
merge-duplicates = Ces organisations ont chacune une soumission envoyée dans la même catégorie. Réglez d'abord chaque paire (déclarez l'une non recevable ou déplacez-la), puis fusionnez.
merge-pair = deux soumissions d'une même entité dans une même catégorie
changes-too-late = Le vote public s'ouvre trop tôt pour que les propriétaires fassent des modifications.
calendar-screening-during-submission = Permettre au secrétariat d'examiner les soumissions pendant la phase de soumission
demo-notice = Cette édition contient des données de démonstration : les projets, organisations et personnes de ce site sont inventés.
submission-revoke = Révoquer

## Évaluation par les experts
round-shortlisting = Présélection
round-selection = Sélection
normalisation-z-score = Normalisé par expert (score z)
normalisation-raw = Moyennes brutes
rubric-empty = Une grille compte au moins un critère.
rubric-too-many = Une grille compte au plus 12 critères.
rubric-title-missing = Donnez un titre à ce critère.
rubric-title-too-long = Ce titre est trop long (120 caractères au plus).
rubric-title-twice = Deux critères portent ce titre.
rubric-code-twice = Deux critères ont le même code.
rubric-weight-range = Un poids est un pourcentage entier de 1 à 100.
rubric-scale-range = Une échelle est un nombre entier de 1 à 100.
rubric-weights-sum = La somme des poids doit faire 100.
rubric-shape-locked = Le tour est ouvert : on ne peut plus ajouter, retirer ni changer l'échelle d'un critère, seulement le renommer et le repondérer.
formula-weights-sum = Les deux poids sont des pourcentages entiers dont la somme fait 100.
round-reviews-range = Chaque candidature reçoit de 1 à 9 évaluations.
round-normalisation-unknown = Choisissez comment le classement est normalisé.
round-closed = Ce tour d'évaluation est clos.
round-not-open = Ce tour d'évaluation n'est pas encore ouvert.
round-expert-unknown = Aucun compte n'a cette adresse. Invitez d'abord l'expert.
round-expert-not-expert = Ce compte ne fait pas partie du groupe d'experts. Invitez-le d'abord.
round-category-unknown = Cette édition n'a pas cette catégorie.
round-expert-already = Cet expert évalue déjà cette catégorie.
round-not-an-entry = Cette soumission n'est pas en lice dans ce tour.
round-expert-not-in-category = Cet expert n'évalue pas la catégorie de cette candidature.
round-conflict-declared = Cet expert a déclaré un conflit d'intérêts sur cette candidature.
round-conflict-own-entry = Cet expert est propriétaire ou copropriétaire de cette candidature : nul n'évalue sa propre candidature, quelle que soit la raison.
round-conflict-own-organisation = Cette candidature est celle de l'organisation indiquée dans le compte de l'expert : nul n'évalue la candidature de sa propre organisation, quelle que soit la raison.
round-already-assigned = Cette candidature est déjà confiée à cet expert.
round-review-submitted = Cet expert a envoyé son évaluation : l'attribution reste.
review-score-missing = Donnez une note.
review-score-number = Une note est un nombre, comme 7 ou 7,5.
review-score-decimals = Une note a au plus une décimale.
review-score-range = Cette note sort de l'échelle du critère.
review-score-unknown-criterion = Une note a été envoyée pour un critère absent de cette grille.
review-comment-too-long = Le commentaire est trop long (4 000 caractères au plus).
review-note-too-long = La note est trop longue.
review-conflicted = Vous avez déclaré un conflit d'intérêts sur cette candidature.
review-own-entry = Cette candidature est la vôtre ou celle de votre organisation : vous ne pouvez pas l'évaluer.
review-released = Cette candidature ne vous est plus confiée.
expert-ties-too-many = 20 lignes au plus.
expert-tie-too-long = Une ligne est trop longue (300 caractères au plus).
expert-tie-country = Écrivez chaque pays par son code ISO à deux lettres, comme KE ou FR.
nominees-voting-opened = Le vote public est ouvert : les nominés ne peuvent plus changer.
nominees-none = Cette catégorie n'a aucune candidature à confirmer.
review-mail-assigned-subject = Prix du SMSI : candidatures à évaluer
review-mail-assigned-count = { $count ->
        [one] Une candidature vous a été confiée.
       *[other] { $count } candidatures vous ont été confiées.
    }
review-mail-assigned-body =
    Bonjour { $name },

    Voici votre liste de candidatures à évaluer :

    { $link }

    Chaque candidature est notée selon les critères du tour. Vous pouvez réviser une note jusqu'à la clôture du tour. Si vous avez un lien avec une candidature, déclarez le conflit sur sa page : elle sera confiée à un autre expert.
review-mail-invitation-subject = { $inviter } vous invite dans le groupe d'experts des Prix du SMSI
review-mail-invitation-body =
    Bonjour,

    { $inviter } vous invite à rejoindre le groupe d'experts des Prix du SMSI. Ouvrez ce lien dans les 14 jours pour accepter : créez-y votre compte, ou connectez-vous avec cette adresse si vous en avez déjà un.

    { $link }

    Si vous n'attendiez pas cette invitation, vous pouvez ignorer ce message.
nav-review = Mes évaluations
review-my-title = Mes évaluations
review-conflict-done = Le conflit est enregistré : la candidature a quitté votre liste et sera confiée à un autre expert.
review-none-yet = Aucun tour d'évaluation n'est encore ouvert.
review-progress = { $done } sur { $total } envoyées
review-closes = clôture le { $when }
review-to-do = À noter
review-sent = Envoyée
review-sheet-title = Grille de notation
review-saved = Votre évaluation a été envoyée. Vous pouvez la réviser jusqu'à la clôture du tour.
review-total = Total pondéré de votre évaluation telle qu'envoyée : { $total } sur 100.
review-score-title = Vos notes
review-sent-times = { $count ->
        [one] Envoyée une fois.
       *[other] Envoyée { $count } fois ; chaque version est conservée.
    }
review-criterion-scale = (poids { $weight } %, de 0 à { $scale })
review-comment = Commentaire (facultatif)
review-send = Envoyer mon évaluation
review-revise = Réviser mon évaluation
review-conflict-title = Conflit d'intérêts
review-conflict-lead = Si vous avez un lien avec ce projet (vous travaillez pour ou avec son organisation, la conseillez, ou connaissez bien son équipe), déclarez-le : la candidature quitte votre liste et va à un autre expert.
review-conflict-note = Ce qui vous y lie (facultatif, lu par le secrétariat)
review-conflict-declare = Déclarer un conflit
review-ties-title = Mes liens
review-ties-lead = La plateforme ne vous confie jamais une candidature d'une organisation à laquelle vous êtes lié, ni, si l'édition le prévoit, de vos pays. Une par ligne.
review-ties-organisations = Organisations pour lesquelles vous travaillez, que vous conseillez ou dont vous êtes partie prenante
review-ties-countries = Pays auxquels vous êtes lié (codes ISO comme KE ou FR)
review-ties-other = Autres liens que le secrétariat doit connaître
review-ties-save = Enregistrer mes liens
review-ties-saved = Vos liens ont été enregistrés.
review-joined = Bienvenue dans le groupe d'experts. Déclarez vos liens avant qu'on vous confie des candidatures.
review-join-title = Rejoindre le groupe d'experts
review-join-lead = Vous êtes connecté·e en tant que { $email }. L'invitation doit avoir été envoyée à cette adresse.
review-join-accept = Accepter l'invitation
review-join-have-account = Vous avez déjà un compte avec l'adresse à laquelle cette invitation a été envoyée ?
review-join-new-title = Créer votre compte d'expert
review-join-new-lead = Votre compte utilise l'adresse à laquelle cette invitation a été envoyée ; le lien l'a confirmée.
review-join-create = Créer le compte et rejoindre
invitation-has-account = Cette adresse a déjà un compte : connectez-vous avec elle, puis acceptez l'invitation.
review-admin-title = Évaluation par les experts
review-invite-title = Inviter un expert
review-invite-send = Envoyer l'invitation
review-invited = L'invitation a été envoyée.
review-round-saved = Le tour a été enregistré.
review-assigned = Attributions ajoutées : { $count }.
review-expert-added = L'expert évalue désormais cette catégorie.
review-assignment-removed = L'attribution a été retirée.
review-window-not-yet-open = pas encore ouvert
review-window-open = ouvert
review-window-closed = clos
review-seed-commitment = SHA-256 de la graine du tirage :
review-seed = Graine du tirage :
review-progress-title = Avancement
review-entries = Candidatures
review-reviews-done = Évaluations envoyées
review-nominees = Nominés
review-confirmed = confirmés
review-export-ranking = Classement (CSV)
review-export-reviews = Évaluations (CSV)
review-experts-title = Experts
review-expert-email = Adresse de l'expert
review-expert-add = Ajouter à la catégorie
review-run-assignment = Attribuer les candidatures
review-short-title = Candidatures sans assez d'évaluateurs
review-short-missing = { $count ->
        [one] il manque une évaluation
       *[other] il manque { $count } évaluations
    }
review-submission-number = Numéro de la soumission
review-expert-number = Numéro de l'expert
review-override-reason = Motif (obligatoire pour passer outre un conflit détecté)
review-assign = Attribuer
review-settings-title = Réglages et grille
review-reviews-per-entry = Évaluations par candidature
review-normalisation = Classement par
review-country-conflicts = Les experts n'évaluent pas les candidatures de leurs propres pays
review-formula-experts = Formule de sélection : poids de la note des experts (%)
review-formula-votes = Formule de sélection : poids de la part des votes (%)
review-criterion = Critère
review-weight = Poids (%)
review-scale = Échelle
review-change-reason = Motif
review-change-reason-hint = Obligatoire une fois le tour ouvert : le changement est inscrit au journal d'audit.
review-save-round = Enregistrer le tour
review-nominees-confirmed = Les nominés de cette catégorie sont confirmés.
review-cut = seuil : { $count }
review-tie-rule = Les égalités sont départagées par l'autre note, puis par le tirage : SHA-256 de la graine suivie du numéro de soumission, le plus petit d'abord.
review-reviews = Évaluations
review-raw-mean = Moyenne brute
review-z-mean = Normalisée
review-spread = Écart
review-flags = Signaux
review-flag-disagreement = désaccord des experts
review-flag-draw = placée par le tirage
review-flag-nominee = nominée
review-confirm-title = Confirmer les nominés
review-confirm-lead = Les { $count } premières candidatures de ce classement deviennent les nominés de la catégorie. Ils sont publiés à l'ouverture du vote.
review-confirm-reason-hint = Obligatoire si la liste a déjà été confirmée : le changement est inscrit au journal d'audit.
review-confirm = Confirmer les nominés
review-experts-count = { $count ->
        [one] un expert
       *[other] { $count } experts
    }
award-champion = Champion
award-winner = Lauréat
award-special-recognition = Mention spéciale
award-kind-unknown = Choisissez un lauréat ou une mention spéciale.
award-not-a-champion = Seul un champion de cette catégorie peut être choisi.
award-winners-full = Cette catégorie a déjà tous ses lauréats.
award-already = Cette décision a déjà été prise.
review-award-decided = La décision a été enregistrée.
review-formula = Note finale = { $experts } % de la moyenne des experts + { $votes } % de la part des votes (× 100). Les égalités vont à la plus grande part des votes, puis à la meilleure moyenne des experts, puis au tirage.
review-expert-mean = Moyenne des experts
review-vote-share = Votes
review-final-score = Note finale
review-decision = Décision
review-decide-title = Choisir les lauréats
review-winners-allowed = { $count ->
        [one] Cette catégorie a un lauréat.
       *[other] Cette catégorie a { $count } lauréats.
    }
review-decide = Enregistrer la décision
draw-title = Comment les égalités sont départagées
draw-lead = Quand des candidatures sont à égalité sur toutes les notes, un tirage les ordonne. Avant la clôture d'un tour d'évaluation, le SHA-256 de sa graine secrète est publié ici ; à la clôture, la graine elle-même. Les candidatures à égalité sont ordonnées par le SHA-256 de la graine suivie du numéro de soumission (tous deux en texte), le plus petit d'abord :
draw-check = Chacun peut vérifier que la graine correspond à ce qui avait été publié, et rejouer l'ordre en quelques lignes de n'importe quel langage.
draw-none = Aucun tour d'évaluation n'a encore commencé.
draw-seed-at-close = La graine est publiée à la clôture du tour.
review-mail-reminder-subject = Prix du SMSI : vos évaluations sont attendues
review-mail-reminder-count = { $count ->
        [one] Une candidature qui vous est confiée n'a pas encore d'évaluation.
       *[other] { $count } candidatures qui vous sont confiées n'ont pas encore d'évaluation.
    }
review-mail-reminder-body =
    Bonjour { $name },

    Le tour d'évaluation se clôt le { $when }. Votre liste :

    { $link }
review-mail-nominees-subject = Prix du SMSI : nominés à confirmer avant l'ouverture du vote
review-mail-nominees-body =
    Bonjour { $name },

    Le vote public s'ouvre le { $when }, et ces catégories n'ont pas encore de nominés confirmés : { $categories }. Le vote ne doit pas s'ouvrir sans eux. Confirmez-les depuis le tour de présélection :

    { $link }
review-nominees-warning = Le vote public s'ouvre le { $when } : il ne doit pas s'ouvrir avant que les nominés de chaque catégorie soient confirmés. Encore à confirmer : { $categories }.

## Le vote public
nav-vote = Voter
home-vote = Voter maintenant
home-results = Voir les résultats du vote
vote-title = Vote public
vote-open-until = Le vote public est ouvert jusqu'au { $when }.
vote-opens-on = Le vote public ouvre le { $when }.
vote-not-open = Le vote public n'est pas encore ouvert.
vote-closed = Le vote public est clos.
vote-cast-done = Votre vote dans la catégorie { $category } est enregistré.
vote-unconfirmed = Confirmez votre adresse électronique pour voter : suivez le lien que nous vous avons envoyé, ou demandez-en un nouveau depuis votre compte.
vote-progress-title = Votre bulletin
vote-progress = Vous avez voté dans { $cast } catégories sur { $total }.
vote-complete = Vote complet : vous avez voté dans toutes les catégories. Merci.
vote-complete-rule = Seuls les bulletins complets comptent : votez dans chaque catégorie avant la clôture.
vote-left = Reste à voter :
vote-yours = Votre vote : { $title }
vote-void = Votre vote pour { $title } ne compte plus : le nominé s'est retiré du concours. Vous pouvez voter une nouvelle fois dans cette catégorie.
vote-void-receipt = Le reçu du vote annulé :
vote-receipt = Votre reçu (gardez-le pour retrouver votre vote dans le registre publié) :
vote-choose-in = Choisissez un nominé dans la catégorie { $category }
vote-cast = Voter dans la catégorie { $category }
vote-choose = Choisissez un nominé avant de voter.
vote-unknown-category = Cette catégorie ne figure pas sur le bulletin.
vote-not-a-nominee = Ce projet n'est pas nominé dans cette catégorie.
vote-already-cast = Vous avez déjà voté dans cette catégorie ; un vote ne peut pas être modifié.
vote-status-valid = Valide
vote-status-held = Retenu pour examen
vote-status-invalid = Invalide
vote-admin-title = Vote public
vote-admin-votes = Votes exprimés
vote-admin-voters = Votants
vote-admin-complete = Bulletins complets
vote-admin-held = Votes retenus pour examen
vote-admin-invalid = Votes déclarés invalides
vote-admin-void = Votes annulés (nominé retiré)
results-final-title = Résultats définitifs
results-final-lead = Une fois le vote clos et chaque vote retenu examiné, arrêtez les résultats : les votes valides, les champions de chaque catégorie et le registre public. C'est irréversible.
results-final-button = Arrêter les résultats
results-final-done = Les résultats sont définitifs : les champions sont désignés et le registre est établi.
results-final-fixed = Résultats arrêtés le { $when } : { $valid } votes valides sur { $votes } exprimés.
results-ledger-head = Empreinte de la dernière ligne du registre :
results-vote-running = Le vote n'est pas encore clos.
results-already-final = Les résultats de ce vote sont déjà définitifs.
results-held-votes = Des votes sont encore retenus pour examen : validez-les ou invalidez-les d'abord.
results-no-nominees = Aucune catégorie n'a de nominés confirmés : il n'y a pas de vote à dépouiller.
receipt-title = Vérifier le reçu d'un vote
receipt-lead = Le reçu de chaque vote n'est connu que de son votant. Une fois les résultats publiés, saisissez le vôtre pour retrouver votre vote dans le registre public.
receipt-label = Reçu
receipt-check = Vérifier
receipt-not-yet = Les reçus peuvent être vérifiés une fois les résultats du vote publiés.
receipt-unknown = Aucun vote ne porte ce reçu.
receipt-found = Le vote de ce reçu, dans la catégorie { $category }, pour { $nominee }, figure au registre.
receipt-counted = Il a été compté.
receipt-not-counted = Il n'a pas été compté (bulletin incomplet, vote invalidé ou nominé retiré).
receipt-hash = Le registre le présente sous cette empreinte :
receipt-invalid = Ce n'est pas un reçu : un reçu compte 32 lettres et chiffres (0-9, a-f).
receipt-withdrawn = Non valable : le nominé s'est retiré du concours.
results-title = Résultats du vote public
results-not-yet = Les résultats du vote de { $edition } ne sont pas encore publiés.
results-not-yet-on = Les résultats du vote de { $edition } seront publiés le { $when }.
results-edition-invalid = Une édition se désigne par son année, par exemple 2027.
results-preview = Aperçu : seul le secrétariat voit ces résultats jusqu'à l'ouverture de la phase de publication.
results-summary = { $edition } : { $valid } votes valides sur { $votes } exprimés, arrêtés le { $when }.
results-ledger-title = Vérifiez le décompte vous-même
results-ledger-lead = Le registre liste chaque vote (sa catégorie, son nominé, l'empreinte de son reçu et s'il a compté), chaînés par empreintes. Chacun peut le recompter avec le vérificateur publié ; le README en décrit le format.
results-ledger-download = Télécharger le registre (JSON Lines)
results-category-valid = { $valid } votes valides
results-nominee = Nominé
results-votes = Votes valides
results-award = Distinction
results-champion = Champion
results-winner = Lauréat
vote-about = En savoir plus sur { $title }
project-organisation = Organisation
project-country = Pays
project-region = Région
project-sdgs = Objectifs de développement durable
project-website = Site web
project-not-found = Projet introuvable
vote-mail-reminder-subject = Votre bulletin des Prix du SMSI n'est pas complet
vote-mail-reminder-body =
    Bonjour { $name },

    Seuls les bulletins complets comptent dans le vote public des Prix du SMSI, et il manque encore au vôtre un vote dans : { $left }.
    Le vote se clôt le { $when }. D'ici là, vous pouvez compléter votre bulletin ici :
    { $link }
flag-burst = Rafale depuis un même réseau
flag-bulk-accounts = Comptes créés en masse
flag-disposable-domain = Domaine de messagerie jetable
flag-uniform-ballots = Bulletins identiques
flag-decision-unknown = Choisissez valider, invalider ou retenir.
domain-invalid = Saisissez un nom de domaine, par exemple example.org.
vote-review-title = Examen des anomalies
vote-review-lead = Les groupes de votes jugés suspects par la plateforme sont retenus : ils ne comptent qu'une fois validés. Les votes invalidés ne comptent jamais. Chaque décision exige un motif et figure au journal d'audit.
vote-review-none = Aucun groupe de votes n'a été signalé.
vote-review-sweep = Rechercher les anomalies maintenant
vote-review-kind = Motif du signalement
vote-review-key = Point commun
vote-review-votes = Votes
vote-review-since = Signalé le
vote-review-state = Décision
vote-review-held = Retenu pour examen
vote-review-released = Validé
vote-review-invalidated = Invalidé
vote-review-reason = Motif
vote-review-release = Valider
vote-review-invalidate = Invalider
vote-review-hold = Retenir à nouveau
vote-review-decided = La décision est enregistrée.
vote-review-domains = Domaines de messagerie jetables ajoutés à la liste fournie
vote-review-domain = Domaine
vote-review-add-domain = Ajouter
calendar-ballot-rule = Bulletins pris en compte dans le vote public
calendar-ballot-rule-complete = Seulement les bulletins complets (un vote dans chaque catégorie)
calendar-ballot-rule-every = Chaque vote, bulletin complet ou non
calendar-ballot-rule-locked = La règle de décompte ne peut plus changer une fois le vote public ouvert.
calendar-ballot-rule-unknown = Choisissez l'une des règles de décompte.
limits-title = Limites du formulaire de candidature
limits-lead = Ces limites s'appliquent à toutes les candidatures de cette édition. Elles peuvent être modifiées jusqu'à l'ouverture de sa phase de candidature ; elles sont ensuite figées, car les brouillons sont rédigés selon elles.
limits-frozen-note = La phase de candidature de cette édition est ouverte : les limites de son formulaire sont figées.
limits-saved = Les limites du formulaire sont enregistrées.
limits-save = Enregistrer les limites
limits-short_min_words = Description courte : nombre minimal de mots
limits-short_max_words = Description courte : nombre maximal de mots
limits-long_max_words = Chaque réponse longue : nombre maximal de mots
limits-title_max_chars = Titre : nombre maximal de caractères
limits-min_sdgs = Nombre minimal d'ODD à indiquer
limits-changes_days = Jours accordés pour les modifications demandées
limits-range-hint = De { $min } à { $max }.
limits-range = Saisissez un nombre entier compris dans l'intervalle indiqué sous le champ.
limits-short-order = Le nombre minimal de mots doit être inférieur au nombre maximal.
limits-frozen = La phase de candidature est ouverte : les limites du formulaire sont figées.
vote-chart-hours = Votes par heure, 48 dernières heures
vote-chart-categories = Votes par catégorie
vote-chart-regions = Votes par région de l'UIT de l'organisation du votant
region-unknown = Région inconnue

# L'édition en chiffres.
stats-title = L'édition en chiffres
stats-summary = { $edition } : { $submissions } candidatures envoyées au concours.
stats-chart-categories = Candidatures par catégorie
stats-chart-regions = Candidatures par région de l'UIT
stats-chart-stakeholders = Candidatures par type de partie prenante
stats-chart-votes = Votes valides par catégorie
stats-chart-winners = Lauréats par région de l'UIT
stats-chart-champions = Champions par région de l'UIT
stats-vote-later = Les chiffres du vote, les champions et les lauréats paraîtront ici une fois les résultats publiés.

nav-gallery = Projets
gallery-link = Parcourir et rechercher les projets
gallery-title = Galerie des projets
gallery-lead = Tous les projets retenus pour le vote du public, de toutes les éditions. Une fois les résultats d'une édition publiés, ses lauréats et ses champions viennent en premier.
gallery-search = Mots à trouver
gallery-search-hint = Recherchés dans les titres, les organisations et les descriptions, dans toutes les écritures. Chaque mot doit figurer.
gallery-edition = Édition
gallery-category = Catégorie
gallery-region = Région de l'UIT
gallery-country = Pays
gallery-stakeholder = Type de partie prenante
gallery-sdg = Objectif de développement durable
gallery-sdg-n = Objectif { $n }
gallery-award = Distinction
gallery-award-either = Lauréats et champions
gallery-award-winner = Lauréats
gallery-award-champion = Champions
gallery-all = Tous
gallery-submit = Rechercher
gallery-found = { $count ->
        [one] Un projet trouvé
       *[other] { $count } projets trouvés
    }
gallery-none = Aucun projet ne correspond à cette recherche. Essayez avec moins de mots ou de filtres.
gallery-pages = Pages de résultats
gallery-page = Page { $page } sur { $pages }
gallery-previous = Page précédente
gallery-next = Page suivante
gallery-query-too-long = La recherche est trop longue : 200 caractères au plus.
gallery-query-too-many-words = Recherchez avec 8 mots au plus.
gallery-edition-invalid = Choisissez une édition par son année.
gallery-edition-unknown = La galerie n'a pas d'édition de cette année.
gallery-category-invalid = Ce n'est pas un code de catégorie.
gallery-region-invalid = Choisissez l'une des régions de l'UIT.
gallery-country-invalid = Choisissez un pays dans la liste.
gallery-stakeholder-invalid = Choisissez l'un des types de partie prenante.
gallery-sdg-invalid = Choisissez un objectif de 1 à 17.
gallery-award-invalid = Choisissez les lauréats, les champions, ou les deux.
gallery-page-invalid = Choisissez une page de 1 à 1 000.

footer-privacy = Avis de confidentialité
footer-terms = Conditions d'utilisation
notice-version = Version { $version }.
privacy-title = Avis de confidentialité
privacy-intro = Cet avis indique ce que la plateforme des Prix du SMSI conserve à votre sujet, pourquoi, combien de temps, et ce que vous pouvez demander.
privacy-who-h = Qui est responsable
privacy-who-p = Le secrétariat des Prix du SMSI gère la plateforme et répond des données qu'elle conserve. Écrivez-lui à l'adresse indiquée au bas de chaque page.
privacy-what-h = Ce que nous conservons
privacy-what-p = Votre compte : votre adresse électronique, votre nom, votre organisation, son pays et son type de partie prenante, votre langue, et votre mot de passe sous forme d'empreinte irréversible (jamais le mot de passe lui-même). Pour un projet que vous soumettez : ce que vous écrivez dans le formulaire et les images que vous envoyez.
privacy-votes-h = Ce qu'un vote conserve
privacy-votes-p = Chaque vote enregistre le candidat choisi et l'heure. Pour déceler les votes organisés ou automatisés, il conserve aussi une empreinte à clé de votre réseau (jamais votre adresse), une empreinte à clé de ce que votre navigateur dit de lui-même, le domaine de votre adresse électronique et la date de création de votre compte. Ces données ne servent qu'à examiner les groupes de votes suspects avant que les résultats soient arrêtés.
privacy-why-h = Pourquoi
privacy-why-p = Pour organiser le concours : vous permettre de soumettre des projets et de voter, vous écrire ce qui vous concerne (confirmation, invitations, décisions), garantir l'équité du vote et publier les résultats. Rien n'est vendu ni utilisé à des fins publicitaires.
privacy-public-h = Ce qui devient public
privacy-public-p = Dès qu'un projet est retenu, son titre, son résumé, son image, son organisation, son pays et ses objectifs sont publiés et restent dans la galerie et les données ouvertes. Votre nom, votre adresse électronique et votre vote ne sont jamais publiés ; le registre publié des votes montre des reçus, pas des votants.
privacy-keep-h = Combien de temps
privacy-keep-p = Les comptes sont conservés tant qu'ils servent et fermés sur demande. Les enregistrements de vote sont conservés jusqu'à la publication des résultats de l'édition et l'expiration du délai pour les contester ; le registre ne garde que des reçus. Les projets publiés le restent, comme histoire du concours.
privacy-rights-h = Ce que vous pouvez demander
privacy-rights-p = Vous pouvez consulter et corriger votre compte sur la page de votre compte, et demander au secrétariat une copie de vos données, leur rectification ou la fermeture de votre compte. Si la réponse ne vous satisfait pas, vous pouvez vous adresser à votre autorité de protection des données.
terms-title = Conditions d'utilisation
terms-intro = En créant un compte, vous acceptez ces conditions.
terms-account-h = Votre compte
terms-account-p = Un compte par personne. Gardez votre mot de passe pour vous ; vous répondez de l'usage de votre compte. Le secrétariat peut désactiver un compte utilisé contrairement à ces conditions.
terms-projects-h = Les projets que vous soumettez
terms-projects-p = Ne soumettez que des projets menés par votre organisation, avec des faits exacts et des images que vous avez le droit de diffuser. En soumettant, vous autorisez la plateforme à publier le titre, le résumé, l'image, l'organisation et le pays d'un projet retenu, et à les inclure dans les données ouvertes et dans le recueil des exemples de réussite.
terms-vote-h = Le vote du public
terms-vote-p = Un vote par personne et par catégorie, exprimé par vous-même. Acheter, vendre ou automatiser des votes, ou créer des comptes pour voter plusieurs fois, est interdit : ces votes sont examinés et peuvent être annulés.
terms-data-h = Réutiliser ce qui est publié
terms-data-p = Les données publiées (la galerie, les résultats et les données ouvertes) peuvent être réutilisées sous la licence Creative Commons Attribution 4.0, en citant les Prix du SMSI comme source.
consent-label = J'ai lu l'avis de confidentialité et j'accepte les conditions d'utilisation.
consent-required = Acceptez les conditions d'utilisation pour créer un compte.
stats-chart-days = Votes exprimés par jour (UTC)
stories-admin-title = Histoires de réussite
story-title = Histoire de réussite
story-public-title = L'histoire de réussite
story-status = État
story-status-invited = Invitée
story-status-draft = Brouillon
story-status-sent = Envoyée pour approbation
story-status-changes-asked = Modifications demandées
story-status-approved = Approuvée
story-status-none = Pas encore invitée
story-deadline = À envoyer avant le { $when }.
story-changes-asked = Le secrétariat demande ces modifications :
story-intro = Racontez l'histoire de votre projet pour le recueil « WSIS Stocktaking: Success Stories », en anglais. Séparez les paragraphes par une ligne vide. Les sections marquées * sont nécessaires pour l'envoyer.
story-section-challenge = Le défi
story-section-solution = La solution
story-section-results = Les résultats, chiffrés
story-section-partners = Les partenaires
story-section-lessons = Les enseignements
story-hint-challenge = Le problème que le projet voulait résoudre, et pour qui.
story-hint-solution = Ce que fait le projet et comment il fonctionne.
story-hint-results = Ce qui a changé, chiffres à l'appui (personnes atteintes, coûts, temps gagné).
story-hint-partners = Qui l'a rendu possible.
story-hint-lessons = Ce que d'autres peuvent en apprendre.
story-max-words = { $count ->
        [one] Un mot au plus.
       *[other] { $count } mots au plus.
    }
story-save = Enregistrer
story-send = Envoyer pour approbation
story-review-title = L'examen du secrétariat
story-approve = Approuver l'histoire
story-message = Que faut-il changer ?
story-ask = Demander des modifications
story-done-saved = Votre histoire est enregistrée.
story-done-sent = Votre histoire a été envoyée au secrétariat pour approbation.
story-done-asked = Des modifications ont été demandées aux porteurs du projet.
story-done-approved = L'histoire est approuvée : elle figurera dans le recueil.
story-section-too-long = Cette section est trop longue.
story-section-required = Cette section est nécessaire pour envoyer l'histoire.
story-closed = Cette histoire ne peut plus être modifiée : elle a été envoyée, approuvée, ou son délai est passé. Écrivez à { $contact } si quelque chose doit changer.
story-message-required = Dites ce qui doit changer.
story-message-too-long = Ce message est trop long (2 000 caractères au plus).
story-not-sent = On ne peut demander des modifications que pour une histoire envoyée.
story-approved = Cette histoire est déjà approuvée.
story-deadline-invalid = Donnez une date et une heure à venir.
story-no-champions = Il n'y a pas encore de champions : invitez quand les résultats du vote sont définitifs.
story-mail-invited-subject = Votre histoire de réussite pour les Prix du SMSI : { $title }
story-mail-invited-body = Bonjour { $name },
    
    Félicitations : « { $title } » est champion des Prix du SMSI. Nous vous invitons à écrire son histoire de réussite pour le recueil annuel « WSIS Stocktaking: Success Stories » : le défi, la solution, les résultats chiffrés, les partenaires et les enseignements.
    
    Écrivez-la ici avant le { $extra } : { $link }
    
    Ce résultat est confidentiel jusqu'à la publication des résultats, le { $published } : n'en parlez à personne hors de votre équipe d'ici là. Les prix, y compris le nom des lauréats parmi les champions, sont annoncés ce jour-là.
    
    Le secrétariat des Prix du SMSI
story-mail-changes-subject = Modifications demandées à votre histoire de réussite : { $title }
story-mail-changes-body = Bonjour { $name },
    
    Le secrétariat demande des modifications à l'histoire de réussite de « { $title } » :
    
    { $extra }
    
    Modifiez-la et renvoyez-la ici : { $link }
    
    Le secrétariat des Prix du SMSI
story-mail-approved-subject = Votre histoire de réussite est approuvée : { $title }
story-mail-approved-body = Bonjour { $name },
    
    L'histoire de réussite de « { $title } » est approuvée. Elle sera publiée dans le recueil et sur la page du projet avec les résultats.
    
    { $link }
    
    Le secrétariat des Prix du SMSI
stories-invited = { $count ->
        [one] Les porteurs d'un projet ont été invités.
       *[other] Les porteurs de { $count } projets ont été invités.
    }
stories-missing = { $count ->
        [0] Chaque champion et lauréat a une histoire approuvée.
        [one] Un champion ou lauréat n'a pas encore d'histoire approuvée : le recueil imprimera sa description courte à la place.
       *[other] { $count } champions et lauréats n'ont pas encore d'histoire approuvée : le recueil imprimera leurs descriptions courtes à la place.
    }
stories-deadline = Date limite des histoires
stories-invite = Inviter les porteurs des champions et lauréats
book-title = Le recueil des histoires de réussite
book-edition-title = WSIS Stocktaking: Success Stories { $year }
book-preview = Aperçu du recueil
book-preview-note = Aperçu pour le secrétariat : le recueil est publié avec les résultats.
book-download = Télécharger le recueil (PDF)
book-contents = Sommaire
book-stand-in = Aucune histoire n'a été approuvée pour ce projet : sa description courte la remplace.
book-none = Aucun recueil d'histoires de réussite n'a encore été publié pour cette édition : il est publié avec les résultats.
story-picture = Une image pour l'histoire
story-picture-alt = L'image de l'histoire
story-done-picture = L'image est enregistrée.
editions-admin-title = Éditions
editions-current = en cours
editions-edition = Édition
editions-first-opens = Ouverture de la première phase
editions-last-closes = Clôture de la dernière phase
editions-experts = Experts
editions-returning = Experts de l'année précédente
editions-invite-returning = { $count ->
        [one] Réinviter l'expert de l'année précédente
       *[other] Réinviter les { $count } experts de l'année précédente
    }
editions-returned = { $count ->
        [one] Un expert a été réinvité et prévenu par courriel.
       *[other] { $count } experts ont été réinvités et prévenus par courriel.
    }
editions-started = L'édition { $year } a commencé. Ses catégories, ses tours et ses règles sont ceux de l'année précédente : préparez-la sur ses pages.
editions-start-title = Lancer l'édition { $year }
editions-start-intro = La nouvelle édition reprend de l'édition { $from } ses catégories avec leurs textes dans toutes les langues, ses prix spéciaux, les réglages et grilles de ses tours, les limites du formulaire et sa règle de décompte. Chaque tour reçoit une nouvelle graine de tirage ; les candidatures, attributions, nominés et prix ne sont pas repris. Le calendrier ci-dessous est proposé un an plus tard, dans le même fuseau horaire : modifiez-le avant de lancer.
editions-start = Lancer l'édition
editions-year-exists = L'édition de cette année a déjà été lancée.
editions-next-before-publication = La phase de soumission de la nouvelle édition ne peut pas s'ouvrir avant l'ouverture de la phase de publication de l'édition en cours.
editions-next-votes-overlap = La phase de vote de la nouvelle édition chevaucherait celle d'une autre édition.
editions-mail-returning-subject = Prix du SMSI { $year } : vous faites de nouveau partie du jury
editions-mail-returning-body = Bonjour { $name },
    
    Merci pour votre travail lors de la dernière édition des Prix du SMSI. Le secrétariat vous réinvite au jury d'experts de l'édition { $year }, dans les mêmes catégories.
    
    Avant l'ouverture de l'évaluation, vérifiez ici vos liens avec des organisations et des pays, afin qu'aucune candidature qui vous est liée ne vous soit attribuée : { $link }
    
    Si vous ne pouvez pas siéger cette année, répondez à ce message.
    
    Le secrétariat des Prix du SMSI
submissions-edition = Prix du SMSI { $year }
outcome-nominee = nominé
outcome-not-nominee = non présélectionné
outcome-champion = champion
outcome-winner = lauréat
outcome-special-recognition = mention spéciale
outcome-stage-shortlist = présélection
outcome-stage-award = prix
outcome-mail-nominee-subject = « { $title } » est nominé aux Prix du SMSI { $year }
outcome-mail-nominee-body = Bonjour { $name },
    
    Les experts ont présélectionné « { $title } » : il fait partie des nominés de la catégorie { $category }, et le vote du public est ouvert. Chacun peut voter pour lui ici : { $link }
    
    Le secrétariat des Prix du SMSI
outcome-mail-not-nominee-subject = « { $title } » n'a pas été présélectionné aux Prix du SMSI { $year }
outcome-mail-not-nominee-body = Bonjour { $name },
    
    Merci d'avoir présenté « { $title } » dans la catégorie { $category }. Les experts ne l'ont pas retenu parmi les nominés cette année : le vote est ouvert et les nominés sont publics. Vous pourrez concourir de nouveau l'an prochain.
    
    Vos soumissions : { $link }
    
    Le secrétariat des Prix du SMSI
outcome-mail-champion-subject = « { $title } » est champion des Prix du SMSI { $year }
outcome-mail-champion-body = Bonjour { $name },
    
    Les résultats des Prix du SMSI { $year } sont publiés : « { $title } » est champion de la catégorie { $category }. Félicitations.
    
    Sa page : { $link }
    
    Le secrétariat des Prix du SMSI
outcome-mail-winner-subject = « { $title } » est lauréat des Prix du SMSI { $year }
outcome-mail-winner-body = Bonjour { $name },
    
    Les résultats des Prix du SMSI { $year } sont publiés : « { $title } » est le lauréat de la catégorie { $category }. Félicitations.
    
    Sa page : { $link }
    
    Le secrétariat des Prix du SMSI
outcome-mail-special-recognition-subject = « { $title } » reçoit une mention spéciale des Prix du SMSI { $year }
outcome-mail-special-recognition-body = Bonjour { $name },
    
    Les résultats des Prix du SMSI { $year } sont publiés : « { $title } » reçoit une mention spéciale dans la catégorie { $category }. Félicitations.
    
    Sa page : { $link }
    
    Le secrétariat des Prix du SMSI
results-mail-subject = Les résultats des Prix du SMSI { $year } sont publiés
results-mail-body = Bonjour { $name },
    
    Merci d'avoir voté aux Prix du SMSI { $year }. Les résultats sont publiés : { $results }
    
    Chaque vote est une ligne du registre public, et le registre se termine par cette empreinte :
    
    { $head }
    
    Conservez-la : chacun peut télécharger le registre depuis la page des résultats et vérifier qu'il se termine par la même empreinte et que le décompte en découle. Pour vérifier que vos propres votes figurent dans le registre et s'ils ont compté, saisissez ici les reçus reçus lors de votre vote : { $receipt }
    
    Le secrétariat des Prix du SMSI
vote-void-mail-subject = Votre vote dans { $category } ne compte plus : vous pouvez voter à nouveau
vote-void-mail-body = Bonjour { $name },
    
    Vous avez voté dans { $category } pour { $nominee }. Ce nominé s'est retiré des Prix du SMSI : votre vote ne compte plus.
    
    Vous pouvez voter une nouvelle fois dans cette catégorie, pour un autre nominé, jusqu'au { $closes } : { $ballot }
    
    D'ici là, votre bulletin reste complet. Votre premier reçu reste dans le registre public, marqué comme non valable.
    
    Le secrétariat des Prix du SMSI
draft-reminder-mail-subject = Votre candidature « { $title } » n'est pas encore envoyée : la phase de candidature se termine le { $closes }
draft-reminder-mail-body = Bonjour { $name },
    
    Votre candidature « { $title } » dans { $category } est encore un brouillon : elle ne participe aux Prix du SMSI qu'une fois envoyée, et la phase de candidature se termine le { $closes }.
    
    Terminez-la et envoyez-la ici : { $link }
    
    Le secrétariat des Prix du SMSI
book-ledger-head = Le registre du vote du public se termine par cette empreinte :
editions-editing = Vous modifiez l'édition { $year }.
editions-other = Toutes les éditions
archive-title = Éditions
archive-lead = Chaque édition des Prix du SMSI tenue sur cette plateforme, avec ses chiffres dans la mesure où ils sont publics : les nominés dès l'ouverture du vote, les votes et les lauréats une fois les résultats publiés.
archive-submissions = Soumissions envoyées
archive-nominees = Nominés
archive-votes = Votes valides
archive-winners = Lauréats
archive-not-yet = pas encore public
archive-results = Résultats
archive-open-data = Données ouvertes
archive-categories = Catégories
archive-link = Toutes les éditions
submission-copy = Commencer la candidature de cette année à partir de celle-ci
submission-copy-same-edition = Cette candidature est de l'édition en cours : modifiez-la plutôt.
submission-copy-category-gone = Sa catégorie n'existe pas dans l'édition en cours : commencez une nouvelle candidature dans une autre catégorie.
thread-title = Messages
thread-written = Votre message est envoyé.
thread-none = Aucun message pour l'instant.
thread-new = nouveau
thread-body = Votre message
thread-send = Envoyer le message
thread-draft = Les messages sur une candidature s'écrivent une fois celle-ci envoyée. D'ici là, écrivez à l'adresse du secrétariat en bas de page.
thread-secretariat = Secrétariat des Prix du SMSI
thread-former-owner = Un ancien titulaire
thread-empty = Écrivez d'abord le message.
thread-too-long = Un message compte au plus 4 000 caractères.
thread-mail-owners-subject = Un message du secrétariat des Prix du SMSI au sujet de « { $title } »
thread-mail-owners-body = Bonjour { $name },
    
    Le secrétariat des Prix du SMSI a écrit au sujet de votre candidature « { $title } » :
    
    { $message }
    
    Lisez les messages et répondez ici : { $link }
    
    Le secrétariat des Prix du SMSI
thread-mail-secretariat-subject = Un message au sujet de « { $title } » de { $author }
thread-mail-secretariat-body = { $author } ({ $email }) a écrit au sujet de la candidature « { $title } » :
    
    { $message }
    
    Lisez le fil et répondez ici : { $link }
inbox-title = Messages
inbox-none = Aucune candidature n'a encore de message.
inbox-unread = Messages des titulaires non lus : { $count }
inbox-submission = Candidature
inbox-latest = Dernier message
inbox-messages = Messages
inbox-from-owners = Titulaires
inbox-line-unread = { $count } non lus
correction-title = Corriger cette candidature
correction-lead = Corrigez une faute ou une erreur de fait dans une candidature envoyée, à toute phase. Ses titulaires apprennent quels champs ont changé et pourquoi ; la modification est gardée au journal d'audit avec les valeurs avant et après, et chaque page publique, le bulletin, les données ouvertes et le livre la montrent aussitôt.
correction-done = La correction est enregistrée et les titulaires en sont informés.
correction-reason = Motif de la correction
correction-reason-hint = Communiqué aux titulaires et gardé au journal d'audit.
correction-save = Enregistrer la correction
correction-picture-save = Remplacer l'image
correction-unchanged = Rien n'a changé : corrigez d'abord un champ.
correction-mail-subject = Le secrétariat des Prix du SMSI a corrigé « { $title } »
correction-mail-body = Bonjour { $name },
    
    Le secrétariat des Prix du SMSI a corrigé votre candidature « { $title } ».
    
    Modifié : { $fields }
    Motif : { $reason }
    
    Voir votre candidature : { $link }
    
    Le secrétariat des Prix du SMSI
category-in-english = (en anglais)
privacy-mail-h = Messages du concours
privacy-mail-p = Outre ce qui concerne votre compte et vos candidatures, le secrétariat peut écrire à un groupe dont vous faites partie (titulaires de candidatures, nominés, experts, votants dont le bulletin est incomplet), et les votants reçoivent un rappel avant la clôture du vote. Chacun de ces messages aux votants se termine par un lien qui les arrête, sans connexion. Les confirmations, les réinitialisations de mot de passe et ce qui concerne vos candidatures sont toujours envoyés.
contest-mail-footer = Vous recevez ce message en tant que votant des Prix du SMSI. Pour ne plus recevoir de messages du concours, suivez ce lien : { $link }
stop-mail-title = Messages du concours
stop-mail-lead = Arrêter les messages du concours des Prix du SMSI à cette adresse (les nouvelles du secrétariat et les rappels du vote) ? Ce qui concerne votre compte (une confirmation, une réinitialisation de mot de passe) reste envoyé.
stop-mail-button = Arrêter les messages du concours
stop-mail-done = C'est fait : vous ne recevrez plus de messages du concours.
stop-mail-already = Les messages du concours à cette adresse sont déjà arrêtés.
mailings-title = Messages groupés
mailings-lead = Écrivez à un groupe de l'édition en cours. La page suivante montre la version de chaque langue et combien de personnes la reçoivent ; rien n'est envoyé avant votre confirmation. Chacun reçoit la version de sa langue, sinon l'anglaise, une seule fois.
mailing-new = Un nouveau message groupé
mailing-audience = Groupe
mailing-category = Catégorie (pour les titulaires de candidatures envoyées)
mailing-all-categories = Toutes les catégories
mailing-round = Tour (pour les experts)
mailing-optional = facultatif
mailing-subject = Objet
mailing-body = Message
mailing-prepare = Vérifier le message et ses destinataires
mailings-of = Messages groupés de { $year }
mailings-none = Aucun message groupé pour l'instant.
mailing-progress = Envoyés
mailing-check = Vérifier et confirmer le message groupé
mailing-counts = { $recipients } destinataires, { $sent } envoyés
mailing-version-recipients = { $count } destinataires
mailing-confirm-hint = L'envoi est définitif. Les courriels partent au rythme de la file d'envoi dès la minute suivante.
mailing-send = Envoyer à { $count } personnes
mailing-discard = Abandonner ce message
mailing-discarded = Le message est abandonné.
mailing-confirmed-notice = Confirmé : le message est en cours d'envoi.
mailing-confirmed-at = Confirmé le { $at }.
mailing-audience-drafts = Titulaires de brouillons non envoyés
mailing-audience-sent = Titulaires de candidatures envoyées
mailing-audience-nominees = Titulaires des nominés
mailing-audience-experts = Experts d'un tour
mailing-audience-voters = Votants au bulletin incomplet
mailing-status-prepared = en attente de confirmation
mailing-status-sending = en cours d'envoi
mailing-status-sent = envoyé
mailing-audience-invalid = Choisissez un groupe.
mailing-category-invalid = Choisissez une catégorie de cette édition.
mailing-round-invalid = Choisissez un tour de cette édition.
mailing-subject-required = Écrivez un objet.
mailing-subject-invalid = Un objet tient en une ligne d'au plus 200 caractères.
mailing-body-required = Écrivez le message.
mailing-body-too-long = Un message compte au plus 20 000 caractères.
mailing-nobody = Personne n'est dans ce groupe actuellement.
mailing-confirmed = Ce message est déjà confirmé.
exports-title = Exports
exports-lead = Téléchargez ce dont les rapports ont besoin, en tableur (XLSX : les nombres restent des nombres) ou en CSV. Chaque téléchargement est gardé au journal d'audit avec qui l'a fait. Les comptes demandent un motif et laissent de côté les adresses électroniques, sauf si vous cochez la case.
export-what = Export
export-submissions = Candidatures (tous les champs, une ligne chacune)
export-screening = Décisions d'examen
export-reviews = Attributions et notes des experts
export-votes = Les chiffres du vote par catégorie et par jour
export-accounts = Comptes (jamais les mots de passe)
export-year = Édition
export-format = Format
export-reason = Motif (obligatoire pour les comptes)
export-reason-hint = Gardé au journal d'audit.
export-addresses = Inclure les adresses électroniques des comptes
export-download = Télécharger
export-kind-invalid = Choisissez ce qu'il faut exporter.
export-format-invalid = Choisissez XLSX ou CSV.
export-year-invalid = Choisissez une édition.
discussion-title = Discussion avec les autres experts
discussion-later = Une fois votre évaluation envoyée, vous verrez les notes et commentaires des autres experts sur cette candidature et pourrez en discuter avec eux.
discussion-written = Votre message est ajouté à la discussion.
discussion-lead = Les autres experts vous lisent comme { $me } ; personne n'est nommé. Les titulaires de la candidature ne voient jamais cette discussion.
discussion-no-reviews = Aucun autre expert n'a encore envoyé d'évaluation de cette candidature.
discussion-body = Votre message aux autres experts
discussion-send = Ajouter à la discussion
discussion-expert = Expert { $n }
discussion-on = Les experts de ce tour discutent d'une candidature une fois leur propre évaluation envoyée.
discussion-off-state = La discussion des experts est désactivée pour ce tour.
discussion-turn-off = Désactiver la discussion
discussion-turn-on = Activer la discussion
discussion-empty = Écrivez d'abord le message.
discussion-too-long = Un message compte au plus 4 000 caractères.
discussion-after-review = Envoyez d'abord votre propre évaluation de cette candidature.
discussion-off = La discussion est désactivée pour ce tour.

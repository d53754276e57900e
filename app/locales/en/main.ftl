# English: the reference language of the WSIS Prizes platform.
# Keys are grouped by page; messages used as error codes end in -required, -invalid, etc.

site-name = WSIS Prizes
meta-description = The WSIS Prizes, ITU's yearly contest for projects that put the World Summit on the Information Society into practice: submit a project, vote for the ones you believe in, discover the winners.
footer-text = The WSIS Prizes are ITU's yearly contest for projects that put the World Summit on the Information Society Action Lines into practice.

## Navigation
nav-label = Main menu
nav-languages = Languages
nav-skip = Skip to content
nav-home = Home
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-register = Register
nav-admin = Secretariat

## Dates: { $day } { $month } { $year }, { $time } { $zone }
datetime = { $day } { $month } { $year }, { $time } { $zone }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Phases
phase-submission = Submission of projects
phase-screening = Screening and expert shortlisting
phase-voting = Public online voting
phase-selection = Selection of the winners
phase-publication = Publication of winners and champions
standing-open = { $phase } is open until { $when }.
standing-upcoming = { $phase } opens on { $when }.
standing-over = This edition is over. Thank you to everyone who took part.

## Home
home-eyebrow = ITU · World Summit on the Information Society
home-lead = Projects from governments, businesses, civil society, international organisations and academia that bring the benefits of information and communication technologies to people everywhere. Submit yours, vote for the ones you believe in, and discover the winners.
home-calendar = Calendar
home-categories = The 18 categories
home-no-edition = No edition has been set up yet.

## Categories
category-eyebrow = Category { $code }
category-counts = { $nominees } nominees · { $champions } champions · { $winners } winner(s)
category-nominees = Nominees
category-nominees-list = The nominees
category-champions = Champions
category-winners = Winners

## Forms
field-email = E-mail address
field-password = Password
field-password-hint = At least 12 characters. A few unrelated words make a good password.
field-new-password = New password
field-current-password = Current password
field-name = Your name
field-organisation = Organisation
field-country = Country of the organisation
field-region = ITU region
field-stakeholder-type = Stakeholder type
field-language = Language for e-mails
field-choose = Choose…

stakeholder-government = Government
stakeholder-business-sector = Business sector
stakeholder-civil-society = Civil society
stakeholder-international-organisation = International organisation
stakeholder-academia = Academia
stakeholder-other = Other

region-africa = Africa
region-americas = Americas
region-arab-states = Arab States
region-asia-pacific = Asia and the Pacific
region-cis = CIS
region-europe = Europe

## Field messages
email-required = Enter your e-mail address.
email-invalid = This is not a valid e-mail address.
email-too-long = This e-mail address is too long.
email-taken = An account already uses this e-mail address. Sign in, or reset your password.
email-already-confirmed = Your e-mail address is already confirmed.
password-too-short = Use at least 12 characters.
password-too-long = Use at most 256 characters.
password-too-common = This password is too common or too easy to guess. Try a few unrelated words.
credentials-wrong = The e-mail address or the password is not right.
name-required = Enter your name.
name-too-long = Use at most 200 characters.
name-invalid-characters = Remove the control characters.
organisation-required = Enter the name of your organisation.
organisation-too-long = Use at most 300 characters.
organisation-invalid-characters = Remove the control characters.
title-required = Enter a title.
title-too-long = Use at most 200 characters.
title-invalid-characters = Remove the control characters.
country-required = Choose a country.
stakeholder-type-required = Choose a stakeholder type.
link-invalid = This link is not valid. Copy the whole link from the e-mail.
link-used = This link has already been used.
link-expired = This link has expired. Ask for a new one.
reason-required = Give a reason; it is kept in the audit log.
reason-too-long = Use at most 2,000 characters.

## Errors
error-invalid = Some fields need your attention.
error-not-found = This page does not exist.
error-unauthenticated = Sign in to continue.
error-forbidden = You do not have the rights to do this.
error-conflict = This conflicts with existing data.
error-phase-closed = This is not possible in the current phase of the edition.
error-rate-limited = Too many attempts. Try again in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
error-internal = Something went wrong on our side. Please try again later.
error-request = The request could not be completed. Check your connection and try again.
account-disabled = This account has been disabled. Contact the WSIS secretariat.

## Registration
register-title = Create your account
register-lead = One account lets you submit projects, follow them, and vote in the public online voting.
register-submit = Create my account
register-have-account = I already have an account
register-done-title = Check your mailbox
register-done-body = We have sent you a link to confirm your e-mail address. It is valid for 48 hours. You can sign in already; you will be able to submit and vote once your address is confirmed.

## E-mail confirmation
confirm-title = Confirm your e-mail address
confirm-ok = Thank you: your e-mail address is confirmed.
confirm-resend-hint = Sign in and open "My account" to receive a new link.

## Sign in
login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-register = Create an account

## Password reset
forgot-title = Reset your password
forgot-lead = Enter the e-mail address of your account. We will send you a link to choose a new password; it is valid for one hour and works once.
forgot-submit = Send me a link
forgot-sent = If an account uses this address, a link is on its way. Check your mailbox.
reset-title = Choose a new password
reset-submit = Save the new password
reset-done = Your password has been changed. Sign in with the new one.

## My account
account-title = My account
account-profile = Profile
account-save = Save
account-saved = Your profile has been saved.
account-change-password = Change password
account-password-changed = Your password has been changed. Other devices have been signed out.
account-confirmed = confirmed
account-unconfirmed = e-mail not confirmed
account-resend = Send the confirmation link again
account-confirmation-sent = A new confirmation link has been sent.

## Roles
role-expert = Expert
role-secretariat = Secretariat
role-unknown = Unknown role.
role-already-granted = The account already has this role.
role-not-granted = The account does not have this role.

## Secretariat
admin-title = Secretariat
admin-accounts = Accounts
admin-accounts-count = { $count } accounts
admin-unmailable-title = Addresses no mail can reach
admin-unmailable-help = { $count } accounts have an address the mail server refuses (made before addresses were checked with it): no confirmation, reset or invitation reaches them. Ask their owners for a corrected address.
admin-search = Search by e-mail, name or organisation
admin-search-submit = Search
admin-status = Status
admin-status-active = active
admin-status-unconfirmed = e-mail not confirmed
admin-status-disabled = disabled
admin-roles = Roles
admin-act = Action
admin-reason = Reason
admin-apply = Apply
admin-not-yourself = You cannot do this to your own account.
admin-op-unknown = Unknown action.
admin-op-grant-expert = Make expert
admin-op-revoke-expert = Remove expert role
admin-op-grant-secretariat = Make secretariat
admin-op-revoke-secretariat = Remove secretariat role
admin-op-disable = Disable the account
admin-op-enable = Enable the account
admin-mail = Captured mail
admin-mail-lead = No mail server is configured, so messages are kept here instead of being sent. Set WSIS_SMTP_URL to deliver them.
admin-mail-empty = No message yet.
admin-audit = Audit log
admin-audit-chain-ok = The chain of audit entries is intact.
admin-audit-chain-broken = The chain of audit entries is broken at entry { $id }: an entry was altered or removed.
admin-audit-when = When
admin-audit-who = Who
admin-audit-what = What
admin-audit-system = system

## Calendar
calendar-title = Edition and calendar
calendar-edition-title = Title of the edition
calendar-time-zone = Time zone
calendar-time-zone-hint = An IANA name such as Europe/Zurich (Geneva). Dates below are in this time zone.
calendar-phase = Phase
calendar-opens = Opens
calendar-closes = Closes
calendar-opened = opened
calendar-reason = Reason for the change
calendar-reason-hint = Required when a phase that has already opened changes; kept in the audit log.
calendar-save = Save the calendar
calendar-saved = The calendar has been saved.
calendar-phase-missing = Every phase needs an opening and a closing date.
calendar-closes-before-opens = A phase must close after it opens.
calendar-overlap = This phase opens before the previous one closes.
calendar-date-invalid = Enter a date and time.
calendar-time-zone-unknown = Unknown time zone. Use an IANA name such as Europe/Zurich.
calendar-reason-required = A phase that has already opened is changing: give a reason.

## Mail
mail-confirm-subject = Confirm your e-mail address for the WSIS Prizes
mail-confirm-body =
    Dear { $name },

    Thank you for registering on the WSIS Prizes platform. Please confirm your e-mail address by opening this link within 48 hours:

    { $link }

    If you did not register, you can ignore this message.

    The WSIS Prizes secretariat, ITU
mail-reset-subject = Reset your WSIS Prizes password
mail-reset-body =
    Dear { $name },

    Someone asked to reset the password of your WSIS Prizes account. To choose a new password, open this link within one hour:

    { $link }

    If you did not ask for this, you can ignore this message; your password stays as it is.

    The WSIS Prizes secretariat, ITU

## Categories (secretariat)
categories-title = Categories
categories-saved = The category has been saved.
categories-opened = The submission phase has opened: submitters rely on these categories. Every change needs a reason and is kept in the audit log.
categories-add = Add a category or a special prize
categories-add-hint = For example a "Special Recognition" with no action line, or a separate prize. It takes part in every phase like the action-line categories.
categories-save = Save the category
category-code = Code
category-number = Order
category-special = Special prize (not an action line)
category-title-en = Title in English
category-description-en = Description in English
category-title-fr = Title in French (optional; English is shown until translated)
category-description-fr = Description in French (optional)
category-title-es = Title in Spanish (optional; English is shown until translated)
category-description-es = Description in Spanish (optional)
category-title-ru = Title in Russian (optional; English is shown until translated)
category-description-ru = Description in Russian (optional)
category-title-zh = Title in Chinese (optional; English is shown until translated)
category-description-zh = Description in Chinese (optional)
category-title-ar = Title in Arabic (optional; English is shown until translated)
category-description-ar = Description in Arabic (optional)
category-reason = Reason for the change (optional before submission opens)
category-reason-required-label = Reason for the change (required)
category-code-invalid = Use up to 20 letters, digits, dots or hyphens, such as C7.4.
category-code-taken = Another category of this edition already uses this code.
category-number-invalid = Enter a whole number from 1 to 999.
category-count-invalid = Enter a whole number from 1 to 1,000.
category-champions-over-nominees = There cannot be more champions than nominees.
category-winners-over-champions = There cannot be more winners than champions.
category-text-required = This text is required.
category-text-too-long = This text is too long.
category-reason-required = Submission has opened: give a reason for this change.

## Submissions
nav-submissions = My submissions
submissions-title = My submissions
submissions-none = You have no submission yet.
submissions-new = Submit a project
submissions-start = Start a draft
submission-title = Submission
submission-category = Category
submission-status = Status
submission-missing = Still missing
submission-untitled = (untitled draft)
submission-until = until { $when }
submission-sent = Your submission has been sent to the WSIS secretariat. You will be told by e-mail about its screening.
submission-changes-asked = The secretariat asks for changes:
submission-decisions = Screening
submission-needs-js = With JavaScript, this form counts words as you type. Without it, the form works all the same: the words are counted when you save.
submission-saved = Your draft has been saved.
submission-save = Save the draft
submission-send = Send to the secretariat
submission-complete = Everything required is filled in. Once sent, the submission can no longer be edited unless the secretariat asks for changes.
submission-still-missing = Before sending, complete:
submission-send-button = Send my submission
submission-action-lines-hint = The WSIS action lines the project advances, separated by commas, such as C2, C7.4.
submission-sdgs-hint = The Sustainable Development Goals it advances (1 to 17), separated by commas, such as 3, 5, 10.
submission-start-date-hint = Year and month, such as 2023-04.
submission-field-title = Project title
submission-field-organisation = Organisation (entity)
submission-field-country = Country of the organisation
submission-field-stakeholder-type = Stakeholder type
submission-field-short-description = Short description (what voters read)
submission-field-action-lines = WSIS action lines
submission-field-sdgs = Sustainable Development Goals
submission-field-impact-qualitative = Qualitative impact
submission-field-impact-quantitative = Quantitative impact
submission-field-partnerships = Partnerships
submission-field-challenges = Challenges and future plans
submission-field-start-date = Start date
submission-field-project-status = Project status
submission-field-website = Website
words-between = { $count ->
    [one] { $n } word
   *[other] { $n } words
    } (between { $min } and { $max })
words-at-most = { $count ->
    [one] { $n } word
   *[other] { $n } words
    } (at most { $max })
status-draft = draft
status-submitted = sent, awaiting screening
status-changes-requested = changes requested
status-eligible = eligible
status-not-eligible = not eligible
project-status-completed = Completed
project-status-major-phase-completed = A major phase completed
decision-eligible = Eligible
decision-not-eligible = Not eligible
decision-changes-requested = Changes requested
decision-moved = Moved to another category
decision-changes-lapsed = Deadline for changes passed; back to screening as it was
flag-similar-title = Same or very similar title as
flag-same-entity-category = Same organisation in the same category as
flag-similar-description = Very similar description to
flag-past-winner = Matches an earlier winner:
flag-past-champion = Past champion (eligible):
submission-confirm-email-first = Confirm your e-mail address first: open the link we sent you, or ask for a new one under My account.
submission-phase-closed = The submission phase is closed: drafts can no longer be edited or sent.
submission-deadline-passed = The deadline for the changes has passed.
submission-locked = This submission has been sent and can no longer be edited.
submission-entity-taken = This organisation already has a submission in this category for this edition. If you think this is a mistake, write to the secretariat at { $contact }.
category-required = Choose a category.
short-description-too-long = The short description is too long: shorten it to the word limit.
short-description-too-short = The short description is too short: it needs more words.
long-text-too-long = This text is too long: shorten it to the word limit.
long-text-required = This text is required.
sdgs-invalid = Use SDG numbers from 1 to 17, separated by commas.
sdgs-required = Name at least one Sustainable Development Goal.
action-lines-invalid = Use WSIS action-line codes, such as C1 or C7.4, separated by commas.
website-invalid = Enter a web address starting with https://
start-date-invalid = Enter the year and month the project started, such as 2023-04.
project-status-required = Say whether the project is completed or a major phase is completed.
changes-days-invalid = Give a number of days from 1 to 60.
decision-unknown = Choose a decision.

## Screening
screening-title = Screening
screening-any = any
screening-flagged-only = flagged only
screening-filter = Filter
screening-counts = { $total } submissions: { $submitted } awaiting screening, { $changes } with changes requested, { $eligible } eligible, { $not_eligible } not eligible, { $withdrawn } withdrawn
screening-flags = Flags
screening-decided = The decision has been recorded and the owners told.
notes-title = Internal notes
notes-lead = Only the secretariat reads these notes: the owners of the submission never see them.
notes-none = No note yet.
notes-by = { $author }, { $at }:
notes-body = A note for the secretariat
notes-add = Add the note
notes-added = The note is added.
note-empty = Write the note first.
note-too-long = A note holds at most 4,000 characters.
screening-decide = Decision
screening-decision = Decision
screening-text = Reason or message to the owner
screening-text-hint = Required except for "eligible". The owner reads it.
screening-days = Days for the changes
screening-days-hint = Only for "changes requested"; 7 by default.
screening-to-category = Move to category (code)
screening-to-category-hint = Only for "moved", such as C7.3.
screening-record = Record the decision
screening-closed = Screening is not open: decisions are taken during the screening phase.

## Mail about submissions
mail-submitted-subject = WSIS Prizes: your submission "{ $title }" has been received
mail-submitted-body =
    Dear { $name },

    Your submission "{ $title }" has been sent to the WSIS secretariat, which will screen it. You will receive an e-mail about the outcome.

    { $link }

    The WSIS Prizes secretariat, ITU
mail-decision-subject = WSIS Prizes: screening of "{ $title }"
mail-decision-eligible-body =
    Dear { $name },

    Your submission "{ $title }" has been found eligible for the WSIS Prizes. The experts will now shortlist the nominees.

    { $link }

    The WSIS Prizes secretariat, ITU
mail-decision-not-eligible-body =
    Dear { $name },

    Your submission "{ $title }" could not be accepted. The reason given by the secretariat:

    { $message }

    { $link }

    The WSIS Prizes secretariat, ITU
mail-decision-changes-body =
    Dear { $name },

    The secretariat asks you to change your submission "{ $title }":

    { $message }

    Please make the changes and send the submission again before the deadline above; after it, the submission is screened as it is.

    { $link }

    The WSIS Prizes secretariat, ITU
mail-decision-moved-body =
    Dear { $name },

    Your submission "{ $title }" has been moved to another category. The reason given by the secretariat:

    { $message }

    { $link }

    The WSIS Prizes secretariat, ITU
submission-field-picture = Picture or logo
submission-picture-alt = The picture of the project
submission-picture-choose = Choose a picture (PNG, JPEG or WebP)
submission-picture-hint = Up to { $mb } MB. It is checked and converted before it is stored.
submission-picture-upload = Upload the picture
picture-required = Choose a file to upload.
picture-too-large = This file is too large.
picture-not-image = This file is not a PNG, JPEG or WebP picture.
picture-too-many-pixels = This picture is too large in pixels: reduce it and try again.
submission-people = People
submission-owner = owner
submission-co-owner = co-owner
submission-invited = invited, not joined yet
submission-remove = Remove
submission-invite = Invite
submission-invite-email = Invite a co-owner (e-mail address)
submission-invite-hint = They can edit and send this submission with you. Someone without an account registers with this address first.
submission-invitation-sent = The invitation has been sent.
submission-owner-only = Only the owner of the submission can do this.
submission-owner-stays = The owner cannot be removed.
invitation-already-member = This person can already edit the submission.
invitation-other-address = This invitation is for another e-mail address: sign in with the address it was sent to.
invitation-title = Invitation to co-own a submission
invitation-lead = You have been invited to edit and send a WSIS Prizes submission. Sign in with the address the invitation was sent to (or register with it), then accept.
invitation-accept = Accept the invitation
mail-invitation-subject = { $inviter } invites you to a WSIS Prizes submission
mail-invitation-body =
    Hello,

    { $inviter } invites you to edit and send the WSIS Prizes submission "{ $title }" with them. Open this link within 14 days, sign in with this e-mail address (or register with it) and accept:

    { $link }

    If you do not know this person, you can ignore this message.

    The WSIS Prizes secretariat, ITU

## Registry (secretariat)
registry-title = Winners and organisations
past-winners-title = Winners of earlier editions
past-winners-lead = Paste a CSV with one winner a line: year, category, title, organisation, country (ISO code such as KE). New submissions that match one of them are flagged for the screener; the secretariat decides.
past-winners-csv = CSV
past-winners-import = Import
past-winners-report = { $imported } winners imported, { $skipped } already known; { $flagged } sent submissions now match an earlier winner.
past-winners-line = Line { $line }: { $problem }
past-winners-line-unreadable = the line cannot be read as CSV.
past-winners-line-columns = five columns are needed: year, category, title, organisation, country.
past-winners-line-year = the year must be an earlier edition, from 2000.
past-winners-line-country = unknown country code.
past-winners-line-text = the category, title or organisation is missing or too long.
past-winners-too-long = This CSV is too long: import it in parts.
past-winners-empty = The CSV has no winners in it.
organisations-title = Organisations
organisations-lead = When two organisations are the same entity under two names, merge one into the other. Its submissions move with it; two submissions left in one category are flagged for the screener.
organisations-search = Search by name
organisations-from = Merge organisation number
organisations-into = into organisation number
organisations-merge = Merge
organisations-merged = The organisations have been merged.
merge-same-organisation = Choose two different organisations.
screening-dismiss = Dismiss the flag
home-submit = Submit a project
screening-pages = Pages of the queue

## Hardening: withdrawal, drafts, contact, errors
footer-contact = Questions? Write to the WSIS Prizes secretariat:
error-busy = The server is busy. Try again in { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
mail-register-again-subject = Someone tried to register with your e-mail address
mail-register-again-body =
    Dear { $name },

    Someone just tried to create a WSIS Prizes account with your e-mail address, which already has one. No new account was created and your password has not changed.

    If it was you, sign in: { $login }
    If you have forgotten your password, choose a new one: { $forgot }

    If it was not you, you can ignore this message.

    The WSIS Prizes secretariat, ITU
link-other-account = This link belongs to another account. Sign out, then open it again and sign in with the account it was sent to.
login-to-confirm = Sign in to confirm your e-mail address. If this is not your password, you did not create this account: use "Forgot your password?" to choose one.
invitation-phase-closed = The submission phase has closed: the people of a submission can no longer change.
status-withdrawn = withdrawn
decision-withdrawn = Withdrawn
problem-title = Something went wrong
problem-none = There is nothing to report.
submission-delete = Delete this draft
submission-delete-hint = The draft and its picture are deleted for good. Co-owners lose it too.
submission-delete-button = Delete the draft
submission-not-draft = Only a draft can be deleted. A sent submission can be withdrawn.
submissions-deleted = The draft has been deleted.
submission-withdraw = Withdraw this submission
submission-withdraw-hint = A withdrawn submission leaves the contest and frees its category for your organisation. You can withdraw it until public voting opens.
submission-withdraw-reason = Why (optional)
submission-withdraw-button = Withdraw
submission-withdrawn = The submission has been withdrawn.
submission-not-sent = This submission has not been sent: delete the draft instead.
submission-not-withdrawable = This submission is no longer in the contest.
withdraw-closed = Public voting has opened: only the secretariat can withdraw a nominee now. Write to it.
screening-withdraw = Withdraw
screening-withdraw-hint = Withdrawing takes the submission out of the contest. The reason is recorded and sent to its owners.
mail-withdrawn-body =
    Dear { $name },

    Your submission "{ $title }" has been withdrawn from the WSIS Prizes.

    { $message }

    { $link }

    The WSIS Prizes secretariat, ITU
drafts-title = Drafts
drafts-lead = Drafts reserve nothing: anyone may type any organisation's name. Counted per category; search a name to see who holds drafts under it.
drafts-search = Who holds drafts under the organisation
drafts-none = Nobody holds a draft under this name.
drafts-holder = Held by
drafts-started = Started
merge-duplicates = These organisations each have a sent submission in the same category. Resolve each pair first (find one not eligible, or move it), then merge.
merge-pair = two submissions of one entity in one category
changes-too-late = Public voting opens too soon for the owners to make changes.
calendar-screening-during-submission = Let the secretariat screen submissions while the submission phase is still open
demo-notice = This edition holds demonstration data: the projects, organisations and people on this site are invented.
submission-revoke = Revoke

## Expert review
round-shortlisting = Shortlisting
round-selection = Selection
normalisation-z-score = Normalised per expert (z-score)
normalisation-raw = Raw averages
rubric-empty = A rubric needs at least one criterion.
rubric-too-many = A rubric has at most 12 criteria.
rubric-title-missing = Give this criterion a title.
rubric-title-too-long = This title is too long (120 characters at most).
rubric-title-twice = Two criteria have this title.
rubric-code-twice = Two criteria have the same code.
rubric-weight-range = A weight is a whole percentage from 1 to 100.
rubric-scale-range = A scale is a whole number from 1 to 100.
rubric-weights-sum = The weights must add up to 100.
rubric-shape-locked = The round has opened: criteria can no longer be added, removed or rescaled, only renamed and reweighted.
formula-weights-sum = The two weights are whole percentages that add up to 100.
round-reviews-range = Each entry gets from 1 to 9 reviews.
round-normalisation-unknown = Choose how the ranking is normalised.
round-closed = This review round has closed.
round-not-open = This review round has not opened yet.
round-expert-unknown = No account has this e-mail address. Invite the expert first.
round-expert-not-expert = This account is not in the expert group. Invite it first.
round-category-unknown = This edition has no such category.
round-expert-already = This expert already reviews this category.
round-not-an-entry = This submission is not an entry of the round.
round-expert-not-in-category = This expert does not review this entry's category.
round-conflict-declared = This expert declared a conflict of interest on this entry.
round-conflict-own-entry = This expert owns or co-owns this entry: no one reviews their own entry, whatever the reason.
round-conflict-own-organisation = This entry is of the organisation named on the expert's account: no one reviews their own organisation's entry, whatever the reason.
round-already-assigned = This entry is already assigned to this expert.
round-review-submitted = This expert has sent a review of this entry: the assignment stays.
review-score-missing = Give a score.
review-score-number = A score is a number, such as 7 or 7.5.
review-score-decimals = A score has at most one decimal.
review-score-range = This score is outside the criterion's scale.
review-score-unknown-criterion = A score was sent for a criterion this rubric does not have.
review-comment-too-long = The comment is too long (4,000 characters at most).
review-note-too-long = The note is too long.
review-conflicted = You declared a conflict of interest on this entry.
review-own-entry = This entry is yours or your organisation's: you cannot review it.
review-released = This entry is no longer assigned to you.
expert-ties-too-many = At most 20 lines.
expert-tie-too-long = A line is too long (300 characters at most).
expert-tie-country = Write each country as its two-letter ISO code, such as KE or FR.
nominees-voting-opened = Public voting has opened: the nominees can no longer change.
nominees-none = This category has no entries to confirm.
review-mail-assigned-subject = WSIS Prizes: entries to review
review-mail-assigned-count = { $count ->
        [one] One entry was assigned to you.
       *[other] { $count } entries were assigned to you.
    }
review-mail-assigned-body =
    Hello { $name },

    Your list of entries to review is here:

    { $link }

    Each entry is scored against the round's criteria. You can revise a score until the round closes. If you are tied to an entry, declare the conflict on its page: it will be given to another expert.
review-mail-invitation-subject = { $inviter } invites you to the WSIS Prizes expert group
review-mail-invitation-body =
    Hello,

    { $inviter } invites you to join the expert group of the WSIS Prizes. Open this link within 14 days to accept: create your account there, or sign in with this address if you already have one.

    { $link }

    If you did not expect this invitation, you can ignore this message.
nav-review = My reviews
review-my-title = My reviews
review-conflict-done = The conflict is recorded: the entry has left your list and will be given to another expert.
review-none-yet = No review round has opened yet.
review-progress = { $done } of { $total } sent
review-closes = closes { $when }
review-to-do = To score
review-sent = Sent
review-sheet-title = Score sheet
review-saved = Your review has been sent. You can revise it until the round closes.
review-total = The weighted total of your review as sent: { $total } out of 100.
review-score-title = Your scores
review-sent-times = { $count ->
        [one] Sent once.
       *[other] Sent { $count } times; every version is kept.
    }
review-criterion-scale = (weight { $weight } %, 0 to { $scale })
review-comment = Comment (optional)
review-send = Send my review
review-revise = Revise my review
review-conflict-title = Conflict of interest
review-conflict-lead = If you are tied to this project (you work for or with its organisation, advise it, or know its team closely), declare it: the entry leaves your list and goes to another expert.
review-conflict-note = What ties you to it (optional, seen by the secretariat)
review-conflict-declare = Declare a conflict
review-ties-title = My ties
review-ties-lead = The platform never gives you an entry from an organisation you are tied to, or, when the edition says so, from your countries. One per line.
review-ties-organisations = Organisations you work for, advise or hold a stake in
review-ties-countries = Countries you are tied to (ISO codes such as KE or FR)
review-ties-other = Other ties the secretariat should know of
review-ties-save = Save my ties
review-ties-saved = Your ties have been saved.
review-joined = Welcome to the expert group. Declare your ties before entries are assigned to you.
review-join-title = Join the expert group
review-join-lead = You are signed in as { $email }. The invitation must have been sent to this address.
review-join-accept = Accept the invitation
review-join-have-account = Already have an account with the address this invitation was sent to?
review-join-new-title = Create your expert account
review-join-new-lead = Your account uses the address this invitation was sent to; the link has confirmed it.
review-join-create = Create the account and join
invitation-has-account = This address already has an account: sign in with it, then accept the invitation.
review-admin-title = Expert review
review-invite-title = Invite an expert
review-invite-send = Send the invitation
review-invited = The invitation has been sent.
review-round-saved = The round has been saved.
review-assigned = Assignments added: { $count }.
review-expert-added = The expert now reviews that category.
review-assignment-removed = The assignment has been removed.
review-window-not-yet-open = not open yet
review-window-open = open
review-window-closed = closed
review-seed-commitment = SHA-256 of the draw's seed:
review-seed = Seed of the draw:
review-progress-title = Progress
review-entries = Entries
review-reviews-done = Reviews sent
review-nominees = Nominees
review-confirmed = confirmed
review-export-ranking = Ranking (CSV)
review-export-reviews = Reviews (CSV)
review-experts-title = Experts
review-expert-email = Expert's e-mail address
review-expert-add = Add to the category
review-run-assignment = Assign the entries
review-short-title = Entries short of reviewers
review-short-missing = { $count ->
        [one] one review missing
       *[other] { $count } reviews missing
    }
review-submission-number = Submission number
review-expert-number = Expert number
review-override-reason = Reason (required to assign past a detected conflict)
review-assign = Assign
review-settings-title = Settings and rubric
review-reviews-per-entry = Reviews per entry
review-normalisation = Ranking by
review-country-conflicts = Experts do not review entries from their own countries
review-formula-experts = Selection formula: weight of the expert score (%)
review-formula-votes = Selection formula: weight of the vote share (%)
review-criterion = Criterion
review-weight = Weight (%)
review-scale = Scale
review-change-reason = Reason
review-change-reason-hint = Required once the round has opened: the change is recorded in the audit log.
review-save-round = Save the round
review-nominees-confirmed = The nominees of this category are confirmed.
review-cut = cut: { $count }
review-tie-rule = Ties are broken by the other score, then by the draw: SHA-256 of the seed followed by the submission number, lowest first.
review-reviews = Reviews
review-raw-mean = Raw mean
review-z-mean = Normalised
review-spread = Spread
review-flags = Flags
review-flag-disagreement = experts disagree
review-flag-draw = placed by the draw
review-flag-nominee = nominee
review-confirm-title = Confirm the nominees
review-confirm-lead = The first { $count } entries of this ranking become the category's nominees. They are published when voting opens.
review-confirm-reason-hint = Required when the list was confirmed before: the change is recorded in the audit log.
review-confirm = Confirm the nominees
review-experts-count = { $count ->
        [one] one expert
       *[other] { $count } experts
    }
award-champion = Champion
award-winner = Winner
award-special-recognition = Special recognition
award-kind-unknown = Choose a winner or a special recognition.
award-not-a-champion = Only a champion of this category can be chosen.
award-winners-full = This category has all its winners already.
award-already = This was already decided.
review-award-decided = The decision has been recorded.
review-formula = Final score = { $experts } % of the expert mean + { $votes } % of the vote share (× 100). Ties go to the larger vote share, then the higher expert mean, then the draw.
review-expert-mean = Expert mean
review-vote-share = Votes
review-final-score = Final score
review-decision = Decision
review-decide-title = Choose the winners
review-winners-allowed = { $count ->
        [one] This category has one winner.
       *[other] This category has { $count } winners.
    }
review-decide = Record the decision
draw-title = How ties are broken
draw-lead = When entries tie on every score, a draw orders them. Before a review round closes, the SHA-256 of its secret seed is published here; when it closes, the seed itself. Tied entries are ordered by the SHA-256 of the seed followed by the submission number (both as text), the lowest first:
draw-check = Anyone can check that the seed matches what was published before, and replay the order in a few lines of any language.
draw-none = No review round has started yet.
draw-seed-at-close = The seed is published when the round closes.
review-mail-reminder-subject = WSIS Prizes: your reviews are due soon
review-mail-reminder-count = { $count ->
        [one] One entry assigned to you has no review yet.
       *[other] { $count } entries assigned to you have no review yet.
    }
review-mail-reminder-body =
    Hello { $name },

    The review round closes { $when }. Your list:

    { $link }
review-mail-nominees-subject = WSIS Prizes: nominees to confirm before voting opens
review-mail-nominees-body =
    Hello { $name },

    Public voting opens { $when }, and these categories have no confirmed nominees yet: { $categories }. Voting must not open without them. Confirm them from the shortlisting round:

    { $link }
review-nominees-warning = Public voting opens { $when }: it must not open before every category's nominees are confirmed. Still to confirm: { $categories }.

## The public vote
nav-vote = Vote
home-vote = Vote now
home-results = See the results of the vote
vote-title = Public vote
vote-open-until = The public vote is open until { $when }.
vote-opens-on = The public vote opens on { $when }.
vote-not-open = The public vote has not opened yet.
vote-closed = The public vote is closed.
vote-cast-done = Your vote in { $category } has been recorded.
vote-unconfirmed = Confirm your e-mail address to vote: follow the link we sent you, or ask for a new one on your account page.
vote-progress-title = Your ballot
vote-progress = You have voted in { $cast } of { $total } categories.
vote-complete = Voting complete: you have voted in every category. Thank you.
vote-complete-rule = Only complete ballots count: vote in every category before the vote closes.
vote-left = Still to vote:
vote-yours = Your vote: { $title }
vote-void = Your vote for { $title } no longer counts: the nominee withdrew from the contest. You may vote once more in this category.
vote-void-receipt = The void vote's receipt:
vote-receipt = Your receipt (keep it to check your vote in the published ledger):
vote-choose-in = Choose one nominee in { $category }
vote-cast = Vote in { $category }
vote-choose = Choose a nominee before voting.
vote-unknown-category = There is no such category on the ballot.
vote-not-a-nominee = This project is not a nominee of this category.
vote-already-cast = You have already voted in this category; a vote cannot be changed.
vote-status-valid = Valid
vote-status-held = Held for review
vote-status-invalid = Invalid
vote-admin-title = Public vote
vote-admin-votes = Votes cast
vote-admin-voters = Voters
vote-admin-complete = Complete ballots
vote-admin-held = Votes held for review
vote-admin-invalid = Votes found invalid
vote-admin-void = Votes made void (nominee withdrawn)
results-final-title = Results final
results-final-lead = Once the vote has closed and every held vote has been reviewed, fix the results: the valid votes, the champions of each category and the public ledger. This cannot be undone.
results-final-button = Fix the results
results-final-done = The results are final: the champions are chosen and the ledger is built.
results-final-fixed = Results fixed on { $when }: { $valid } valid votes of { $votes } cast.
results-ledger-head = Hash of the ledger's last line:
results-vote-running = The vote has not closed yet.
results-already-final = The results of this vote are already final.
results-held-votes = Some votes are still held for review: release or invalidate them first.
results-no-nominees = No category has confirmed nominees: there is no vote to count.
receipt-title = Check a vote's receipt
receipt-lead = Each vote's receipt is private to its voter. Once the results are published, type yours to find its vote in the public ledger.
receipt-label = Receipt
receipt-check = Check
receipt-not-yet = Receipts can be checked once the results of the vote are published.
receipt-unknown = No vote has this receipt.
receipt-found = This receipt's vote, in { $category }, for { $nominee }, is in the ledger.
receipt-counted = It counted.
receipt-not-counted = It did not count (an incomplete ballot, a vote found invalid, or a nominee withdrawn).
receipt-hash = The ledger shows it by this hash:
receipt-invalid = This is not a receipt: a receipt is 32 letters and digits (0-9, a-f).
receipt-withdrawn = Not valid: the nominee withdrew from the contest.
results-title = Results of the public vote
results-not-yet = The results of the vote of { $edition } are not published yet.
results-not-yet-on = The results of the vote of { $edition } will be published on { $when }.
results-edition-invalid = An edition is named by its year, such as 2027.
results-preview = Preview: only the secretariat sees these results until the publication phase opens.
results-summary = { $edition }: { $valid } valid votes of { $votes } cast, fixed on { $when }.
results-ledger-title = Check the count yourself
results-ledger-lead = The ledger lists every vote (its category, its nominee, the hash of its receipt and whether it counted), chained by hashes. Anyone can recount it with the published verifier; the README describes its format.
results-ledger-download = Download the ledger (JSON Lines)
results-category-valid = { $valid } valid votes
results-nominee = Nominee
results-votes = Valid votes
results-award = Award
results-champion = Champion
results-winner = Winner
vote-about = More about { $title }
project-organisation = Organisation
project-country = Country
project-region = Region
project-sdgs = Sustainable Development Goals
project-website = Website
project-not-found = Project not found
vote-mail-reminder-subject = Your WSIS Prizes ballot is not complete
vote-mail-reminder-body =
    Dear { $name },

    Only complete ballots count in the WSIS Prizes public vote, and yours still lacks a vote in: { $left }.
    The vote closes on { $when }. Until then you can finish your ballot here:
    { $link }
flag-burst = Burst from one network
flag-bulk-accounts = Accounts created in bulk
flag-disposable-domain = Disposable mail domain
flag-uniform-ballots = Identical ballots
flag-decision-unknown = Choose release, invalidate or hold.
domain-invalid = Type a domain name, such as example.org.
vote-review-title = Anomaly review
vote-review-lead = Groups of votes the platform found suspicious are held: they count only once released. Invalidated votes never count. Every decision needs a reason and is recorded in the audit log.
vote-review-none = No group of votes has been flagged.
vote-review-sweep = Look for anomalies now
vote-review-kind = Why
vote-review-key = What they share
vote-review-votes = Votes
vote-review-since = Flagged on
vote-review-state = Decision
vote-review-held = Held for review
vote-review-released = Released
vote-review-invalidated = Invalidated
vote-review-reason = Reason
vote-review-release = Release
vote-review-invalidate = Invalidate
vote-review-hold = Hold again
vote-review-decided = The decision has been recorded.
vote-review-domains = Disposable mail domains added to the shipped list
vote-review-domain = Domain
vote-review-add-domain = Add
calendar-ballot-rule = Which ballots count in the public vote
calendar-ballot-rule-complete = Only complete ballots (a vote in every category)
calendar-ballot-rule-every = Every vote, complete ballot or not
calendar-ballot-rule-locked = The counting rule cannot change once the public vote has opened.
calendar-ballot-rule-unknown = Choose one of the counting rules.
limits-title = Submission form limits
limits-lead = These limits apply to every entry of this edition. They can be changed until its submission phase opens; from then on they are frozen, since drafts are written under them.
limits-frozen-note = The submission phase of this edition has opened: its form's limits are frozen.
limits-saved = The form's limits are saved.
limits-save = Save the limits
limits-short_min_words = Short description: fewest words
limits-short_max_words = Short description: most words
limits-long_max_words = Each longer answer: most words
limits-title_max_chars = Title: most characters
limits-min_sdgs = Fewest SDGs to name
limits-changes_days = Days to make the changes asked for
limits-range-hint = From { $min } to { $max }.
limits-range = Type a whole number within the range given below the field.
limits-short-order = The fewest words must be fewer than the most words.
limits-frozen = The submission phase has opened: the form's limits are frozen.
vote-chart-hours = Votes per hour, last 48 hours
vote-chart-categories = Votes per category
vote-chart-regions = Votes per ITU region of the voter's organisation
region-unknown = Region unknown

# The edition in figures.
stats-title = The edition in figures
stats-summary = { $edition }: { $submissions } submissions sent to the contest.
stats-chart-categories = Submissions per category
stats-chart-regions = Submissions per ITU region
stats-chart-stakeholders = Submissions per stakeholder type
stats-chart-votes = Valid votes per category
stats-chart-winners = Winners per ITU region
stats-chart-champions = Champions per ITU region
stats-vote-later = The vote's figures, the champions and the winners appear here once the results are published.

nav-gallery = Projects
gallery-link = Browse and search the projects
gallery-title = Projects gallery
gallery-lead = Every project shortlisted for the public vote, from every edition. Once an edition's results are published, its winners and champions come first.
gallery-search = Words to find
gallery-search-hint = Found in titles, organisations and descriptions, in any script. Every word must match.
gallery-edition = Edition
gallery-category = Category
gallery-region = ITU region
gallery-country = Country
gallery-stakeholder = Stakeholder type
gallery-sdg = Sustainable Development Goal
gallery-sdg-n = Goal { $n }
gallery-award = Award
gallery-award-either = Winners and champions
gallery-award-winner = Winners
gallery-award-champion = Champions
gallery-all = All
gallery-submit = Search
gallery-found = { $count ->
        [one] One project found
       *[other] { $count } projects found
    }
gallery-none = No project matches this search. Try fewer words or filters.
gallery-pages = Pages of results
gallery-page = Page { $page } of { $pages }
gallery-previous = Previous page
gallery-next = Next page
gallery-query-too-long = The search is too long: 200 characters at most.
gallery-query-too-many-words = Search with 8 words at most.
gallery-edition-invalid = Choose an edition by its year.
gallery-edition-unknown = The gallery has no edition of that year.
gallery-category-invalid = This is not a category code.
gallery-region-invalid = Choose one of the ITU regions.
gallery-country-invalid = Choose a country from the list.
gallery-stakeholder-invalid = Choose one of the stakeholder types.
gallery-sdg-invalid = Choose a goal from 1 to 17.
gallery-award-invalid = Choose winners, champions, or both.
gallery-page-invalid = Choose a page from 1 to 1,000.

footer-privacy = Privacy notice
footer-terms = Terms of use
notice-version = Version { $version }.
privacy-title = Privacy notice
privacy-intro = This notice says what the WSIS Prizes platform keeps about you, why, for how long, and what you can ask.
privacy-who-h = Who is responsible
privacy-who-p = The WSIS Prizes secretariat runs the platform and is responsible for the data it keeps. Write to it at the address at the foot of every page.
privacy-what-h = What we keep
privacy-what-p = Your account: your e-mail address, your name, your organisation, its country and stakeholder type, your language, and your password as a one-way hash (never the password itself). For a project you submit: what you write in the form and the pictures you upload.
privacy-votes-h = What a vote keeps
privacy-votes-p = Each vote records the nominee you chose and when. To find organised or automated voting, it also keeps a keyed hash of your network (never your address), a keyed hash of what your browser says about itself, your e-mail address's domain, and when your account was made. These are read only to review suspicious groups of votes before the results are fixed.
privacy-why-h = Why
privacy-why-p = To run the contest: to let you submit projects and vote, to mail you what concerns you (confirmation, invitations, decisions), to keep the vote fair, and to publish the results. Nothing is sold or used for advertising.
privacy-public-h = What becomes public
privacy-public-p = Once a project is a nominee, its title, summary, picture, organisation, country and goals are published, and stay in the gallery and the open data. Your name, your e-mail address and how you voted are never published; the published ledger of votes shows receipts, not voters.
privacy-keep-h = How long
privacy-keep-p = Accounts are kept while they are used and closed on request. Vote records are kept until the edition's results are published and the time to contest them has passed; the ledger keeps only receipts. Published projects stay published, as the history of the contest.
privacy-rights-h = What you can ask
privacy-rights-p = You can see and correct your account on your account page, and ask the secretariat for a copy of your data, its correction, or the closing of your account. If you disagree with the answer, you may turn to your data protection authority.
terms-title = Terms of use
terms-intro = By creating an account you accept these terms.
terms-account-h = Your account
terms-account-p = One account per person. Keep your password to yourself; you are responsible for what is done with your account. The secretariat may disable an account used against these terms.
terms-projects-h = Projects you submit
terms-projects-p = Submit only projects your organisation runs, with true facts and pictures you have the right to share. By submitting, you allow the platform to publish a nominee's title, summary, picture, organisation and country, and to include them in the open data and the book of success stories.
terms-vote-h = The public vote
terms-vote-p = One vote per person and category, cast by yourself. Buying, selling or automating votes, or making accounts to vote more than once, is not allowed: such votes are reviewed and may be invalidated.
terms-data-h = Reusing what is published
terms-data-p = The published data (the gallery, the results and the open data) may be reused under the Creative Commons Attribution 4.0 licence, naming the WSIS Prizes as the source.
consent-label = I have read the privacy notice and accept the terms of use.
consent-required = Accept the terms of use to create an account.
stats-chart-days = Votes cast per day (UTC)
stories-admin-title = Success stories
story-title = Success story
story-public-title = The success story
story-status = Status
story-status-invited = Invited
story-status-draft = Draft
story-status-sent = Sent for approval
story-status-changes-asked = Changes asked
story-status-approved = Approved
story-status-none = Not invited yet
story-deadline = To be sent by { $when }.
story-changes-asked = The secretariat asks for these changes:
story-intro = Tell the story of your project for the WSIS Stocktaking: Success Stories book, in English. Separate paragraphs with a blank line. The sections marked * are needed to send it.
story-section-challenge = The challenge
story-section-solution = The solution
story-section-results = Results, with figures
story-section-partners = Partners
story-section-lessons = Lessons learned
story-hint-challenge = The problem the project set out to solve, and for whom.
story-hint-solution = What the project does and how it works.
story-hint-results = What changed, with figures (people reached, costs, time saved).
story-hint-partners = Who made it possible.
story-hint-lessons = What others could learn from it.
story-max-words = { $count ->
        [one] At most one word.
       *[other] At most { $count } words.
    }
story-save = Save
story-send = Send for approval
story-review-title = The secretariat's review
story-approve = Approve the story
story-message = What should change?
story-ask = Ask for changes
story-done-saved = Your story has been saved.
story-done-sent = Your story has been sent to the secretariat for approval.
story-done-asked = The owners have been asked for changes.
story-done-approved = The story is approved: it will be in the book.
story-section-too-long = This section is too long.
story-section-required = This section is needed to send the story.
story-closed = This story can no longer be changed: it has been sent, approved, or its deadline has passed. Write to { $contact } if something must change.
story-message-required = Say what should change.
story-message-too-long = This message is too long (2,000 characters at most).
story-not-sent = Changes can be asked only for a story that has been sent.
story-approved = This story is already approved.
story-deadline-invalid = Give a date and time in the future.
story-no-champions = There are no champions yet: invite when the vote's results are final.
story-mail-invited-subject = Your success story for the WSIS Prizes: { $title }
story-mail-invited-body = Dear { $name },
    
    Congratulations: "{ $title }" is a champion of the WSIS Prizes. We invite you to write its success story for the yearly WSIS Stocktaking: Success Stories book: the challenge, the solution, the results with figures, the partners and the lessons learned.
    
    Write it here by { $extra }: { $link }
    
    This is confidential until the results are published on { $published }: please tell no one outside your team before then. The awards, including whether a champion won, are announced on that day.
    
    The WSIS Prizes secretariat
story-mail-changes-subject = Changes asked to your success story: { $title }
story-mail-changes-body = Dear { $name },
    
    The secretariat asks for changes to the success story of "{ $title }":
    
    { $extra }
    
    Change it and send it again here: { $link }
    
    The WSIS Prizes secretariat
story-mail-approved-subject = Your success story is approved: { $title }
story-mail-approved-body = Dear { $name },
    
    The success story of "{ $title }" is approved. It will be published in the book and on the project's page with the results.
    
    { $link }
    
    The WSIS Prizes secretariat
stories-invited = { $count ->
        [one] The owners of one project have been invited.
       *[other] The owners of { $count } projects have been invited.
    }
stories-missing = { $count ->
        [0] Every champion and winner has an approved story.
        [one] One champion or winner has no approved story yet: the book will print its short description instead.
       *[other] { $count } champions and winners have no approved story yet: the book will print their short descriptions instead.
    }
stories-deadline = Deadline for the stories
stories-invite = Invite the owners of the champions and winners
book-title = The book of success stories
book-edition-title = WSIS Stocktaking: Success Stories { $year }
book-preview = Preview the book
book-preview-note = Preview for the secretariat: the book is published with the results.
book-download = Download the book (PDF)
book-contents = Contents
book-stand-in = No story was approved for this project: its short description stands in.
book-none = No book of success stories has been published for this edition yet: it is published with the results.
story-picture = A picture for the story
story-picture-alt = The story's picture
story-done-picture = The picture has been saved.
editions-admin-title = Editions
editions-current = current
editions-edition = Edition
editions-first-opens = First phase opens
editions-last-closes = Last phase closes
editions-experts = Experts
editions-returning = Experts of the year before
editions-invite-returning = { $count ->
        [one] Ask the year before's expert back
       *[other] Ask the year before's { $count } experts back
    }
editions-returned = { $count ->
        [one] One expert was asked back and told by mail.
       *[other] { $count } experts were asked back and told by mail.
    }
editions-started = The { $year } edition has started. Its categories, rounds and rules are those of the year before: prepare it on its pages.
editions-start-title = Start the { $year } edition
editions-start-intro = The new edition copies from the { $from } edition its categories with their texts in every language, its special prizes, its rounds' settings and rubrics, its form limits and its counting rule. Each round gets a new draw seed; entries, assignments, nominees and awards are not copied. The calendar below is proposed one year later, in the same time zone: change it before starting.
editions-start = Start the edition
editions-year-exists = The edition of that year has already been started.
editions-next-before-publication = The new edition's submission phase cannot open before the current edition's publication phase has opened.
editions-next-votes-overlap = The new edition's voting phase would overlap another edition's voting phase.
editions-mail-returning-subject = WSIS Prizes { $year }: you are on the expert panel again
editions-mail-returning-body = Dear { $name },
    
    Thank you for your work on the last edition of the WSIS Prizes. The secretariat has asked you back onto the expert panel of the { $year } edition, in the same categories.
    
    Before the review opens, check your ties to organisations and countries here, so that no entry you are tied to is given to you: { $link }
    
    If you cannot serve this year, reply to this message.
    
    The WSIS Prizes secretariat
submissions-edition = WSIS Prizes { $year }
outcome-nominee = nominee
outcome-not-nominee = not shortlisted
outcome-champion = champion
outcome-winner = winner
outcome-special-recognition = special recognition
outcome-stage-shortlist = shortlist
outcome-stage-award = award
outcome-mail-nominee-subject = "{ $title }" is a nominee of the WSIS Prizes { $year }
outcome-mail-nominee-body = Dear { $name },
    
    The experts have shortlisted "{ $title }": it is one of the nominees of category { $category }, and the public vote is now open. Anyone may vote for it here: { $link }
    
    The WSIS Prizes secretariat
outcome-mail-not-nominee-subject = "{ $title }" was not shortlisted for the WSIS Prizes { $year }
outcome-mail-not-nominee-body = Dear { $name },
    
    Thank you for entering "{ $title }" in category { $category }. The experts did not shortlist it among the nominees this year: the vote is now open, and the nominees are public. You may enter again next year.
    
    Your submissions: { $link }
    
    The WSIS Prizes secretariat
outcome-mail-champion-subject = "{ $title }" is a champion of the WSIS Prizes { $year }
outcome-mail-champion-body = Dear { $name },
    
    The results of the WSIS Prizes { $year } are published: "{ $title }" is a champion of category { $category }. Congratulations.
    
    Its page: { $link }
    
    The WSIS Prizes secretariat
outcome-mail-winner-subject = "{ $title }" is a winner of the WSIS Prizes { $year }
outcome-mail-winner-body = Dear { $name },
    
    The results of the WSIS Prizes { $year } are published: "{ $title }" is the winner of category { $category }. Congratulations.
    
    Its page: { $link }
    
    The WSIS Prizes secretariat
outcome-mail-special-recognition-subject = "{ $title }" receives a special recognition of the WSIS Prizes { $year }
outcome-mail-special-recognition-body = Dear { $name },
    
    The results of the WSIS Prizes { $year } are published: "{ $title }" receives a special recognition in category { $category }. Congratulations.
    
    Its page: { $link }
    
    The WSIS Prizes secretariat
results-mail-subject = The results of the WSIS Prizes { $year } are out
results-mail-body = Dear { $name },
    
    Thank you for voting in the WSIS Prizes { $year }. The results are published: { $results }
    
    Every vote is a line of the public ledger, and the ledger ends on this hash:
    
    { $head }
    
    Keep it: anyone can download the ledger from the results page and check that it ends on the same hash, and that the count follows from it. To check that your own votes are in the ledger and whether they counted, enter the receipts you were given when you voted here: { $receipt }
    
    The WSIS Prizes secretariat
vote-void-mail-subject = Your vote in { $category } no longer counts: you may vote again
vote-void-mail-body = Dear { $name },
    
    You voted in { $category } for { $nominee }. This nominee has withdrawn from the WSIS Prizes, so your vote no longer counts.
    
    You may vote once more in this category, for another nominee, until { $closes }: { $ballot }
    
    Until you do, your ballot still counts as complete. Your first receipt stays in the public ledger, marked as not valid.
    
    The WSIS Prizes secretariat
draft-reminder-mail-subject = Your entry “{ $title }” is not sent yet: submission closes { $closes }
draft-reminder-mail-body = Dear { $name },
    
    Your entry “{ $title }” in { $category } is still a draft: it takes part in the WSIS Prizes only once it is sent, and submission closes { $closes }.
    
    Finish it and send it here: { $link }
    
    The WSIS Prizes secretariat
book-ledger-head = The public vote's ledger ends on this hash:
editions-editing = You are editing the { $year } edition.
editions-other = All editions
archive-title = Editions
archive-lead = Every edition of the WSIS Prizes held on this platform, with its figures as far as they are public: the nominees from the opening of its vote, the votes and the winners once its results are published.
archive-submissions = Submissions sent
archive-nominees = Nominees
archive-votes = Valid votes
archive-winners = Winners
archive-not-yet = not yet public
archive-results = Results
archive-open-data = Open data
archive-categories = Categories
archive-link = All editions
submission-copy = Start this year's entry from this one
submission-copy-same-edition = This entry is of the current edition: edit it instead.
submission-copy-category-gone = Its category is not in the current edition: start a new entry in another category.
thread-title = Messages
thread-written = Your message is sent.
thread-none = No message yet.
thread-new = new
thread-body = Your message
thread-send = Send the message
thread-draft = Messages about an entry are written once it is sent. Until then, write to the secretariat's address at the foot of the page.
thread-secretariat = WSIS Prizes secretariat
thread-former-owner = A former owner
thread-empty = Write the message first.
thread-too-long = A message holds at most 4,000 characters.
thread-mail-owners-subject = A message from the WSIS Prizes secretariat about “{ $title }”
thread-mail-owners-body = Dear { $name },
    
    The WSIS Prizes secretariat wrote about your entry “{ $title }”:
    
    { $message }
    
    Read the messages and answer here: { $link }
    
    The WSIS Prizes secretariat
thread-mail-secretariat-subject = A message about “{ $title }” from { $author }
thread-mail-secretariat-body = { $author } ({ $email }) wrote about the entry “{ $title }”:
    
    { $message }
    
    Read the thread and answer here: { $link }
inbox-title = Messages
inbox-none = No submission has a message yet.
inbox-unread = Unread messages from owners: { $count }
inbox-submission = Submission
inbox-latest = Latest message
inbox-messages = Messages
inbox-from-owners = Owners
inbox-line-unread = { $count } unread
correction-title = Correct this entry
correction-lead = Correct a typo or a wrong fact in a sent entry, at any phase. Its owners are told which fields changed and why; the change is kept in the audit log with the values before and after, and every public page, the ballot, the open data and the book show it at once.
correction-done = The correction is saved and the owners are told.
correction-reason = Reason for the correction
correction-reason-hint = Told to the owners and kept in the audit log.
correction-save = Save the correction
correction-picture-save = Replace the picture
correction-unchanged = Nothing was changed: correct a field first.
correction-mail-subject = The WSIS Prizes secretariat corrected “{ $title }”
correction-mail-body = Dear { $name },
    
    The WSIS Prizes secretariat corrected your entry “{ $title }”.
    
    Changed: { $fields }
    Reason: { $reason }
    
    See your entry here: { $link }
    
    The WSIS Prizes secretariat
category-in-english = (in English)
privacy-mail-h = Messages from the contest
privacy-mail-p = Besides what concerns your account and your entries, the secretariat may write to a group you belong to (owners of entries, nominees, experts, voters whose ballot is incomplete), and voters are reminded before the vote closes. Every such message to voters ends with a link that stops them, without signing in. Confirmations, password resets and what concerns your entries are always sent.
contest-mail-footer = You receive this message as a voter in the WSIS Prizes. To receive no more contest messages, follow this link: { $link }
stop-mail-title = Contest messages
stop-mail-lead = Stop the WSIS Prizes' contest messages to this address (the secretariat's news and the vote's reminders)? What concerns your account (a confirmation, a password reset) is still sent.
stop-mail-button = Stop contest messages
stop-mail-done = Done: you will receive no more contest messages.
stop-mail-already = Contest messages to this address are already stopped.
mailings-title = Group messages
mailings-lead = Write to a group of the current edition. The next page shows each language's version and how many people receive it; nothing is sent before you confirm there. Each person gets their language's version, else the English one, once.
mailing-new = A new group message
mailing-audience = Group
mailing-category = Category (for the owners of sent entries)
mailing-all-categories = All categories
mailing-round = Round (for experts)
mailing-optional = optional
mailing-subject = Subject
mailing-body = Message
mailing-prepare = Check the message and its recipients
mailings-of = Group messages of { $year }
mailings-none = No group message yet.
mailing-progress = Sent
mailing-check = Check and confirm the group message
mailing-counts = { $recipients } recipients, { $sent } sent
mailing-version-recipients = { $count } recipients
mailing-confirm-hint = Sending cannot be undone. The mails go out at the outbox's rate from the next minute.
mailing-send = Send to { $count } people
mailing-discard = Discard this message
mailing-discarded = The message is discarded.
mailing-confirmed-notice = Confirmed: the message is being sent.
mailing-confirmed-at = Confirmed { $at }.
mailing-audience-drafts = Owners of drafts not yet sent
mailing-audience-sent = Owners of sent entries
mailing-audience-nominees = Owners of nominees
mailing-audience-experts = Experts of a round
mailing-audience-voters = Voters with an incomplete ballot
mailing-status-prepared = waiting for confirmation
mailing-status-sending = sending
mailing-status-sent = sent
mailing-audience-invalid = Choose a group.
mailing-category-invalid = Choose a category of this edition.
mailing-round-invalid = Choose a round of this edition.
mailing-subject-required = Write a subject.
mailing-subject-invalid = A subject is one line of at most 200 characters.
mailing-body-required = Write the message.
mailing-body-too-long = A message holds at most 20,000 characters.
mailing-nobody = Nobody is in this group now.
mailing-confirmed = This message is already confirmed.
exports-title = Exports
exports-lead = Download what the reports need, as a spreadsheet (XLSX: numbers stay numbers) or CSV. Every download is kept in the audit log with who took it. The accounts ask for a reason, and leave the e-mail addresses out unless you tick the box.
export-what = Export
export-submissions = Submissions (every field, one row each)
export-screening = Screening decisions
export-reviews = Expert assignments and scores
export-votes = The vote's figures per category and day
export-accounts = Accounts (never passwords)
export-year = Edition
export-format = Format
export-reason = Reason (required for the accounts)
export-reason-hint = Kept in the audit log.
export-addresses = Include the accounts' e-mail addresses
export-download = Download
export-kind-invalid = Choose what to export.
export-format-invalid = Choose XLSX or CSV.
export-year-invalid = Choose an edition.
discussion-title = Discussion with the other experts
discussion-later = Once you have sent your review, you will see the other experts' scores and comments on this entry and may discuss it with them.
discussion-written = Your message is added to the discussion.
discussion-lead = The other experts read you as { $me }; nobody is named. The entry's owners never see this discussion.
discussion-no-reviews = No other expert has sent a review of this entry yet.
discussion-body = Your message to the other experts
discussion-send = Add to the discussion
discussion-expert = Expert { $n }
discussion-on = The experts of this round discuss an entry once they have sent their own review.
discussion-off-state = The experts' discussion is off for this round.
discussion-turn-off = Turn the discussion off
discussion-turn-on = Turn the discussion on
discussion-empty = Write the message first.
discussion-too-long = A message holds at most 4,000 characters.
discussion-after-review = Send your own review of this entry first.
discussion-off = The discussion is off for this round.

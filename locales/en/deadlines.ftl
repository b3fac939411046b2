# After a decision: the last day to act, reminders, the lawyer's card. Read by families.
# Facts only from FACTS.md §3 and §8. Never say "you still have time". Dates come from the bot.
# Telegram HTML only. The bot fills in the { $... } values.

command-deadline = Last day after a decision

deadlines-button-received = 📄 I received a decision
deadlines-button-cancel = ✖️ Cancel
deadlines-cancelled = Cancelled. Nothing was stored.
deadlines-stale = This button is no longer valid. Start again with /deadline.
deadlines-unavailable = <b>⚠️ Contact your lawyer today.</b> The bot cannot count the days right now.

deadlines-ask-kind =
    <b>What is the decision?</b> Look at the top of the paper (the letterhead):
    • Immigration Office: «Office des Étrangers» / «Dienst Vreemdelingenzaken» (for example an order to leave the territory)
    • CGRS, asylum: «Commissariat général aux réfugiés et aux apatrides (CGRA)» / «Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS)»
    • CGRS, a new (subsequent) asylum application refused as inadmissible: the same letterhead, with «demande ultérieure» / «volgend verzoek»
    • Judgment: «Conseil du Contentieux des Étrangers» (CCE) / «Raad voor Vreemdelingenbetwistingen» (RvV)
deadlines-kind-immigration-office = Immigration Office (OE / DVZ)
deadlines-kind-cgrs = CGRS asylum decision (CGRA / CGVS)
deadlines-kind-cgrs-subsequent = CGRS: new application inadmissible
deadlines-kind-cce-judgment = Judgment of the CCE / RvV
deadlines-kind-unknown = I don't know

deadlines-ask-second = Is this a <b>second (or later) removal measure</b>? That is: did you already receive an earlier order to leave or removal decision?
deadlines-answer-yes = Yes
deadlines-answer-no = No
deadlines-answer-unknown = I don't know

deadlines-ask-how = <b>When and how did the decision reach you?</b>
deadlines-how-today = Handed over to me today
deadlines-how-yesterday = Handed over to me yesterday
deadlines-how-other-day = Handed over on another day
deadlines-how-registered = By registered letter
deadlines-how-letter = By ordinary letter
deadlines-how-unknown = I don't know

deadlines-ask-date-in-person = On which day was it handed over to you (or did you refuse to take it)?
deadlines-ask-date-registered = On which day was the registered letter presented to you (the day the postman came)?
deadlines-ask-date-letter = Which day is on the postmark? If you do not know, choose the date printed on the decision. Not the day it arrived.
deadlines-date-unknown = I don't know the date

deadlines-ask-house = Were you living in the return house when you got it?
deadlines-house-yes = Yes, in the return house
deadlines-house-no = No

deadlines-contact-lawyer = <b>⚠️ Contact your lawyer today.</b>
deadlines-card = 👩‍⚖️ Your lawyer: <b>{ $name }</b>, { $contact }
deadlines-shortest-kind = You do not know what the decision is. So here is the shortest rule: { $days } days, counted from the day after it was handed over.
deadlines-shortest-date = You do not know the date. So here is the shortest rule: { $days } days, counted as if it was handed over today. If it was earlier, the last day is earlier.
deadlines-at-latest =
    • <b>{ $remedy }</b>: at the latest on <b>{ $day }</b> ({ $days } days)
    { $rule } [{ $sources }]
deadlines-no-deadline =
    • <b>{ $remedy }</b>: no deadline.
    { $rule } [{ $sources }]
deadlines-decision-counts = If the decision itself gives a shorter deadline, that one counts. Your lawyer confirms the exact day.
deadlines-unreviewed = <i>These dates were computed by rules no lawyer has checked yet.</i>

deadlines-remedy-cce-appeal = Appeal to the CCE / RvV
deadlines-remedy-extreme-urgency = Suspension in extreme urgency (CCE / RvV)
deadlines-remedy-cgrs-appeal = Appeal to the CCE / RvV against the CGRS decision
deadlines-remedy-cgrs-subsequent-appeal = Appeal to the CCE / RvV against the inadmissibility
deadlines-remedy-council-of-state = Appeal to the Council of State
deadlines-remedy-council-chamber = Request for release to the Council Chamber

deadlines-rule-cce-appeal-detained = 10 days from the day after notification: a return house counts as detention.
deadlines-rule-cce-appeal = 30 days from the day after notification, when you are not detained.
deadlines-rule-extreme-urgency = 10 days from the day after notification of the removal measure.
deadlines-rule-extreme-urgency-second-removal = 5 days from the day after notification of a second (or later) removal measure.
deadlines-rule-cgrs-appeal-detained = 10 days in detention (a return house counts). Official pages disagree: the CGRS prints the deadline in the decision itself.
deadlines-rule-cgrs-appeal = 30 calendar days from the day after notification, when you are not detained.
deadlines-rule-cgrs-subsequent-appeal-detained = 5 days in detention (a return house counts).
deadlines-rule-cgrs-subsequent-appeal = 10 days, when you are not detained.
deadlines-rule-council-of-state = 30 days from the day after notification of the judgment. The legal text was not found: ask your lawyer.
deadlines-rule-council-chamber = Your lawyer can file it at any time, and again each month. The Council Chamber decides within 5 working days.

deadlines-button-lawyer-has-it = ✅ My lawyer has it
deadlines-button-tell-coach = 📣 Tell my coach (the coach works for the Immigration Office)
deadlines-button-card = 👩‍⚖️ My lawyer's card
deadlines-button-cannot-reach = ☎️ I cannot reach my lawyer
deadlines-another = Did you receive another decision?

deadlines-reminder-head = ⏰ <b>Reminder: a decision.</b>
deadlines-by-coach = 📄 <b>Your coach registered a decision for your household.</b>
deadlines-stopped = ✅ Noted: your lawyer has it. The reminders stop for everyone in your household.
deadlines-state-lawyer = ✅ Your lawyer has it: no more reminders.
deadlines-state-passed = This last day is over. Ask your lawyer what is still possible.
deadlines-coach-told = 📣 Your coach was told. Remember: the coach works for the Immigration Office, not for you as a lawyer does.
deadlines-no-coach = You are not linked to a coach in this bot, so nobody was told.

deadlines-card-none = No lawyer's card is stored. You may store your lawyer's name and phone number or e-mail: it then shows here, on the lawyer page and in the reminders. This is optional, and you can delete it at any time.
deadlines-card-about = Everyone in your household sees this card. You can change or delete it at any time.
deadlines-button-card-edit = ✏️ Store or change
deadlines-button-card-delete = 🗑 Delete
deadlines-card-ask-name = Type your lawyer's name.
deadlines-card-ask-contact = Now type your lawyer's phone number or e-mail address.
deadlines-card-bad-name = Please type a name of up to 80 characters.
deadlines-card-bad-contact = This is not a phone number or an e-mail address. A phone number has digits, with + and spaces if you like, for example +32 2 123 45 67. Type it again.
deadlines-card-saved = ✅ Saved.
deadlines-card-deleted = 🗑 The lawyer's card is deleted.

deadlines-cannot-reach =
    <b>You cannot reach your lawyer?</b>
    • A free ("pro deo") lawyer is arranged by the legal aid office of each bar: the <b>BAJ</b> (bureau d'aide juridique) / <b>BJB</b> (bureau voor juridische bijstand).
    • Foreign nationals are presumed to qualify for residence procedures and appeals; minors always qualify.
    • Ask the BAJ/BJB, or go to a lawyer directly, who asks to be appointed.
    You can also ask for help below: your coach (or the coordinators) will read it.

deadlines-button-register = 📄 Register a decision
deadlines-coach-pick = For which household do you register a decision?
deadlines-coach-registered = ✅ Registered. Every member of the household is told now, in their language, and reminded every day.
deadlines-coach-notice = 📄 Household { $label } (member { $position }, { $language }) registered a decision and asked that you be told. Last day, at the latest: { $day }.

deadlines-mydata-title = <b>Decisions and lawyer's card</b>
deadlines-mydata-item = • { $kind }: last day at the latest { $day } ({ $state })
deadlines-mydata-state-open = reminders on
deadlines-mydata-state-lawyer = your lawyer has it
deadlines-mydata-state-passed = over
deadlines-privacy-notice = • <b>Decisions:</b> if you register a decision, the bot keeps only your answers to its buttons (what it is, the date, how it reached you, in the house or not) and the last day, to remind everyone in your household. Your lawyer's card (name, phone or e-mail) if you store one. Your coach is told only if you press "tell my coach". /forget deletes what you registered.
deadlines-privacy-retention = • A decision is deleted { $days } days after its last day.

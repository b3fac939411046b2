# family_bot information pages (English). Reference text: locales/fr/topics.ftl.
# One message "page-ID" per page of content/topics.toml; .title = the button (24 characters at most).
# Body: Telegram HTML (b, i, u, a, code, blockquote). No curly braces, no variables.

## house

page-house =
    <b>The return house</b>
    You live with your family in an open house of the Immigration Office.
    A coach follows your case.

    Choose a subject below.
    .title = 🏠 The house

page-house-why =
    <b>Why you are here</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • Since 2008, families with children under 18 no longer go to a closed centre. They live in a return house.
    • A recent law also says: children may not be locked up in a closed centre.
    • Careful: for the law, the return house is still <b>detention</b>. Your family has a detention order. This is why appeal deadlines are short.
    • There were houses in Zulte, Tubize, Sint-Gillis-Waas, Tielt and Beauvechain. This list may have changed.
    .title = Why I am here

page-house-rules =
    <b>Life in the house</b>
    • You may go out: shopping, lawyer, doctor, taking the children to school.
    • <b>One adult must always stay in the house.</b>
    • The children go to the local school.
    • A doctor is available.
    • Visits are allowed.
    • Every week you get pocket money. You also get vouchers for food and basic items.

    The detailed rules are in a Royal Decree of 14 May 2009. Your coach or your lawyer can explain them.
    .title = The rules

page-house-next =
    <b>What happens next?</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • You stay here from a few days to several months. On average about 24 days (figures 2008–2014).
    • Your lawyer can ask the Council Chamber of the criminal court to release you. This is possible once a month. The decision comes within 5 working days.
    • You can look for a way to stay, or prepare a return. See "Staying in Belgium" and "Voluntary return".
    .title = What happens next

page-house-coach =
    <b>Your coach</b>
    • The coach works for the Immigration Office.
    • <b>The coach is not your lawyer.</b> The coach does not file appeals or applications for you. That is for you and your lawyer.
    • The coach's job: prepare your return, <b>or</b> support you during a procedure to stay.
    • The coach is a link with the authorities, embassies, lawyers and organisations.
    • The coach helps you understand decisions and procedures.

    What you send to the coach, the coach reads. See "Privacy".
    .title = The coach

## rights

page-rights =
    <b>Your rights here</b>
    Even here, your family has rights: school, health care, visits.

    Choose a subject below.
    .title = 📜 Your rights

page-rights-school =
    <b>School</b>
    • Your children go to the local school.
    • You may go out to take them to school.
    • Remember: one adult must always stay in the house.
    • A question about school? Ask your coach.
    .title = School

page-rights-health =
    <b>Health</b>
    • A doctor is available.
    • You have access to care for your body and your mental health.
    • You may go out to see the doctor.
    • Do you feel very bad? You can talk to someone. See "Talk to someone".
    • Emergency: call 112.

    A serious illness can count for staying in Belgium. Talk to your lawyer about it.
    .title = Health

page-rights-language =
    <b>Understanding and information</b>
    • You do not understand a decision or a document? Say so.
    • You can ask for an interpreter. Ask your coach or your lawyer.
    • The coach's job is also to help you understand decisions and procedures.
    • The Royal Decree of 2009 has rules on phone and post.
    • Internet: ask your coach what is possible here.
    • You may see your file. See "See my file".
    .title = Language and internet

page-rights-visits =
    <b>Visits</b>
    • Visits are allowed.
    • You may go out to see your lawyer.
    • Organisations visit the return houses, for example JRS Belgium.
    • The rules on visits are in the Royal Decree of 14 May 2009. Your coach can explain them.
    .title = Visits

page-rights-complaints =
    <b>A problem? A complaint?</b>
    <b>⚠️ Contact your lawyer at once.</b> Your lawyer can tell you what you can do.

    For children's rights:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>

    Did you get an incomplete answer when you asked for your file? You can turn to the Commission for access to administrative documents (CADA). See "See my file".
    .title = A problem

## file-access

page-file-access =
    <b>See my file</b>
    <b>⚠️ Did you get a decision? Contact your lawyer at once.</b>

    You have the right to see the decisions and documents in your file. You can ask for a copy. Your lawyer can ask too.

    Choose a subject below.
    .title = 📂 See my file

page-file-access-how =
    <b>Asking for my file</b>
    <b>⚠️ Contact your lawyer at once.</b> Your lawyer can also ask for the file for you.

    At the Immigration Office:
    • In writing only, by email. Not by phone.
    • Write to one of these addresses:
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    <code>publiciteadministration@ibz.fgov.be</code>
    • Without a lawyer: add a proof of your identity.
    • You do not need the whole file? Say which documents you want.
    • Questions about what is in the file: <code>infodesk@ibz.fgov.be</code>

    This is the law of 11 April 1994 on open government.
    .title = How to ask

page-file-access-answer =
    <b>The answer</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • The Immigration Office must answer within 30 days.
    • You get an electronic copy of the file, or of the parts you asked for.
    • Is the answer incomplete? You can turn to the Commission for access to administrative documents (CADA). Your lawyer can help.
    .title = The answer

page-file-access-cgrs =
    <b>Notes of the asylum interview</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • After your asylum interview, you can ask the CGRS (Commissioner General for Refugees and Stateless Persons) for a copy of the interview notes.
    • Your lawyer gets a copy of all CGRS letters.
    • Your lawyer may be present at the asylum interview.
    .title = Interview notes

page-file-access-gdpr =
    <b>Your personal data</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • The Immigration Office is responsible for your personal data. This is the European data law (GDPR).
    • You have the right to access your personal data.
    • How to do it: your lawyer can tell you.
    .title = Personal data

## lawyer

page-lawyer =
    <b>Your lawyer</b>
    <b>⚠️ Did you get a decision? Contact your lawyer at once.</b>

    Deadlines here are short, because the return house counts as detention.
    You can get a free lawyer (pro deo).

    Choose a subject below.
    .title = 💼 My lawyer

page-lawyer-role =
    <b>What your lawyer can do</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    Your lawyer can:
    • appeal to the Council for Alien Law Litigation (CALL);
    • ask the Council Chamber to release you;
    • file a new asylum application or a regularisation request;
    • ask for your file;
    • be present at your asylum interview.
    .title = What a lawyer does

page-lawyer-free =
    <b>A free lawyer (pro deo)</b>
    <b>⚠️ Did you get a decision? Contact a lawyer at once.</b>

    • Second-line legal aid gives you a free lawyer.
    • The legal aid office (BAJ/BJB) of each bar arranges it.
    • For residence procedures and appeals, foreign nationals are presumed to qualify. Children always qualify.
    • How: ask the BAJ/BJB. Or go straight to a lawyer: the lawyer asks to be appointed for you.
    • Your coach is also a link with lawyers.
    .title = Free lawyer

page-lawyer-deadlines =
    <b>Deadlines</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short, because the return house counts as detention.

    • Immigration Office decision (e.g. order to leave): <b>10 days</b> (30 outside detention). In principle this appeal does not stop removal.
    • Extreme urgency: 10 days from notification; 5 days for a 2nd or later removal decision. This appeal stops removal when removal is close.
    • CGRS asylum decision: <b>10 days</b> (30 outside detention); 5 days for an inadmissible subsequent application.
    • Council of State: 30 days; does not stop removal.

    Your lawyer knows the exact deadline for your case.
    .title = Deadlines

page-lawyer-coach =
    <b>Coach or lawyer?</b>
    • The coach works for the Immigration Office. <b>The coach is not your lawyer.</b>
    • The coach files no procedure for you.
    • Taking steps (appeals, applications): that is for you and your lawyer.
    • The coach can keep in touch with your lawyer and help you understand decisions.
    .title = Coach or lawyer?

## stay

page-stay =
    <b>Staying in Belgium</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    There are several ways to ask to stay. Each has its own conditions. Your lawyer can tell you what is possible for you.
    The coach can also support you during a procedure to stay.

    Choose a subject below.
    .title = 📝 Staying in Belgium

page-stay-asylum =
    <b>New asylum application</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • You can make a new asylum application (subsequent application) at the Immigration Office.
    • You need new elements. You must also say why you did not give them before.
    • The CGRS first decides if the application is admissible: about 10 working days, 2 days in detention.
    .title = New asylum claim

page-stay-9bis =
    <b>Humanitarian regularisation (9bis)</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • This is an exceptional request. The authorities decide freely.
    • You need: an identity document, an address and exceptional circumstances.
    • There is an administrative fee: about €350 to €360 per adult.
    • Your lawyer can tell you if this is possible for you.
    .title = Humanitarian (9bis)

page-stay-9ter =
    <b>Medical reasons (9ter)</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • For a serious illness that cannot be treated well in your home country.
    • Request by registered letter to the Immigration Office, with the standard medical certificate (an official form).
    • Your lawyer can tell you how to do it.
    .title = Medical (9ter)

page-stay-family =
    <b>Family reunification</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • Family reunification is another way to stay (articles 10, 10bis, 40bis and 40ter of the Aliens Act).
    • The conditions are stricter since 18 August 2025.
    • Your lawyer can tell you if you meet the conditions.
    .title = Family

page-stay-stateless =
    <b>Statelessness</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • You have no nationality of any country? You may be stateless.
    • The family court can recognise you as stateless.
    • Since 1 September 2024, an administrative procedure can also give a residence permit.
    • Your lawyer can tell you how to do it.
    .title = Statelessness

## return

page-return =
    <b>Voluntary return</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    Fedasil has a voluntary return programme. It is open to everyone.
    <b>You are always free to decide not to leave.</b>
    You can talk about it with your coach or your lawyer.

    Choose a subject below.
    .title = 🧳 Voluntary return

page-return-offer =
    <b>What the programme offers</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • The journey is free (with IOM or Fedasil).
    • Costs for travel documents are paid back.
    • A departure grant.
    • Help to restart your life, in kind (not cash), through IOM or Caritas. It must be used within 12 months.
    • The authorities of your country are not told before you arrive.

    You are always free to decide not to leave.
    .title = What is offered

page-return-how =
    <b>How to ask</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • Free number: 0800 32 745
    • Return desks: Brussels, Ghent, Antwerp, Liège, Charleroi.
    • Or a partner organisation.
    • You can also talk about it with your coach.

    You are always free to decide not to leave.
    .title = How to ask

page-return-limits =
    <b>Limits of the aid</b>
    <b>⚠️ Contact your lawyer at once.</b> Deadlines here are short.

    • Some nationalities no longer get reintegration aid. Example: Brazil, since 1 December 2025.
    • Ask what applies to your country: at 0800 32 745, at a return desk or to your lawyer.

    You are always free to decide not to leave.
    .title = Limits of the aid

## support

page-support =
    <b>Talk to someone</b>
    Are you afraid, sad or exhausted? You can ask for help.
    In the house you have access to mental health care.
    The services below are free.

    <b>Immediate danger: call 112.</b>

    Choose a subject below.
    .title = 💬 Talk to someone

page-support-crisis =
    <b>Help lines</b>
    Free.
    • 112: emergency
    • 1813: Zelfmoordlijn. In Dutch, 24/7, also by chat.
    • 0800 32 123: Centre de Prévention du Suicide. In French, 24/7. Consultations also in English, Arabic and Spanish.
    • 106: Tele-Onthaal. In Dutch.
    • 107: Télé-Accueil. In French.
    .title = Help lines

page-support-children =
    <b>For children</b>
    Free.
    • 102: Awel. In Dutch.
    • 103: Écoute-Enfants. In French.
    • 116 000: Child Focus.

    Children's rights:
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = For children

page-support-exiles =
    <b>Help for exiles</b>
    Free.
    • Ulysse (Brussels): for people whose stay is not secure. With interpreters.
    • Exil (Brussels): for people who survived torture or organised violence.
    • Solentra (UZ Brussel): for refugee children from 2.5 years and their families. You must be referred by a professional.

    Ask your coach or the doctor how to get there.
    .title = Help for exiles

## contacts

page-contacts =
    <b>Useful contacts</b>
    <b>Emergency: 112</b>

    Choose a subject below.
    .title = 📞 Useful contacts

page-contacts-emergency =
    <b>Emergency and help lines</b>
    Free.
    • 112: emergency
    • 1813: Zelfmoordlijn (Dutch)
    • 0800 32 123: Centre de Prévention du Suicide (French)
    • 106: Tele-Onthaal (Dutch)
    • 107: Télé-Accueil (French)
    • 102: Awel, for children (Dutch)
    • 103: Écoute-Enfants (French)
    • 116 000: Child Focus
    .title = Emergency

page-contacts-children =
    <b>Children's rights</b>
    • Kinderrechtencommissariaat: 0800 20 808
    • Délégué général aux droits de l'enfant: <code>dgde@cfwb.be</code>
    .title = Children's rights

page-contacts-ngos =
    <b>Organisations (NGOs)</b>
    • JRS Belgium: visits the return houses.
    • CIRÉ
    • Vluchtelingenwerk Vlaanderen
    • Caritas International
    • Nansen
    • Myria

    Your coach is a link with organisations. The coach can help you reach them.
    .title = Organisations

page-contacts-offices =
    <b>Immigration Office and Fedasil</b>
    Asking for your file (by email):
    <code>openbaarheidvanbestuur@ibz.fgov.be</code>
    <code>publiciteadministration@ibz.fgov.be</code>
    Questions about what is in the file:
    <code>infodesk@ibz.fgov.be</code>

    Voluntary return (Fedasil):
    • Free number: 0800 32 745
    • Return desks: Brussels, Ghent, Antwerp, Liège, Charleroi.
    .title = Office and Fedasil

## appointments

page-appointments =
    <b>My appointments</b>
    Soon, your coach will be able to send your appointments to this bot.
    You will see them on this page.
    This is not possible yet.
    .title = 📅 Appointments

## privacy

page-privacy =
    <b>Privacy</b>
    The bot keeps:
    • the language you chose;
    • once your coach has linked you: your household label;
    • the messages you choose to send to your coach.
    Why: to answer in your language and to pass on your messages.

    Who can read them: your coach, who works for the Immigration Office, and the coordinators.
    For your defence, talk to your lawyer.

    To delete your data: send /forget.
    The bot does not decide anything.
    .title = 🔒 Privacy

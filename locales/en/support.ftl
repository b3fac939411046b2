# Requests for help: talking to someone, with the family's consent. Read by families.
# Telegram HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>. The bot fills in the { $... } values.
# Numbers: only those in FACTS.md, section 6.

command-talk = Talk to someone
command-requests = My requests for help

support-talk-button = 🗣 I would like to talk to someone
support-question-button = 📨 Send my question to my coach

support-crisis =
    <b>If it is serious or urgent, call now.</b> Free.
    • 112: immediate danger, emergency
    • 1813: Zelfmoordlijn. In Dutch, 24/7, also by chat.
    • 0800 32 123: Centre de Prévention du Suicide. In French, 24/7. Consultations also in English, Arabic and Spanish.
    • 106: Tele-Onthaal. In Dutch.
    • 107: Télé-Accueil. In French.
    For children:
    • 102: Awel. In Dutch.
    • 103: Écoute-Enfants. In French.
    • 116 000: Child Focus.

support-ask-kind = What kind of help would you like?
support-kind-coach = 👤 Talk to my coach
support-kind-psychological = 🧠 Independent psychological help
support-kind-child = 🧒 Help for a child
support-kind-urgent = 🚨 Urgent, today
support-button-cancel = ✖️ Cancel
support-cancelled = Cancelled. Nothing was sent and nothing was kept.
support-draft-gone = This request was not sent (it is too old, or the bot restarted). Please start again.
support-button-skip = ➡️ No message
support-ask-message =
    You can write a message, in your language or any other.
    Or tap "No message".
support-message-too-long = The message can be at most { $limit } characters. Please shorten it and send it again.

support-reader-coach = your coach, <b>{ $coach }</b>, who works for the Immigration Office
support-reader-coordinators = the coaches' coordinators (you have no coach who can be reached through this bot)
support-nobody =
    Nobody can receive a request through this bot at the moment. Nothing was sent or kept.
    Please use the numbers above, or talk to your coach when you see them.

support-consent =
    <b>Before sending, please check:</b>
    Help asked for: { $kind }
    { $message }

    <b>Who will read it:</b> { $reader }.
    <b>What is kept:</b> the kind of help, your message and the date. Your message is deleted { $days } days after the request is closed. /requests shows your requests; /forget deletes everything.

    Nothing is sent until you tap "Send".
support-consent-message =
    Your message:
    <blockquote>{ $text }</blockquote>
support-consent-no-message = No message.
support-consent-independent = Your coach can refer you to an independent service (Ulysse, Exil, Solentra) or a listening line.
support-button-send = 📤 Send

support-receipt =
    ✅ Your request no. { $id } is saved. It will be read by { $reader }.
    You will get a message here when someone has read it.
    Until it is read, you can withdraw it: /requests
support-button-requests = 📋 My requests

support-status-unread = ⏳ not read yet
support-status-read = 👀 read
support-status-replied = 💬 reply sent
support-status-referred = 🤝 service suggested
support-status-withdrawn = ↩️ withdrawn
support-requests-none = You have not sent any request for help.
support-requests-title = <b>Your requests for help</b>
support-requests-item = • Request no. { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Withdraw request no. { $id }
support-button-withdraw-yes = ↩️ Yes, withdraw
support-button-keep = Keep it
support-withdraw-confirm = Withdraw request no. { $id }? It will not be read.
support-withdraw-too-late = This request has already been read or withdrawn: it can no longer be withdrawn.
support-withdrawn = ↩️ Request no. { $id } withdrawn. If it had already reached the reader's phone, they are told it was withdrawn.

support-family-read =
    👀 Your request no. { $id } has been read by { $by ->
        [coach] your coach
       *[coordinator] a coordinator
    }.
support-family-reply-phrase =
    💬 Reply to your request no. { $id }, from { $by ->
        [coach] your coach
       *[coordinator] a coordinator
    }:
    { $phrase }
support-family-reply-text =
    💬 Reply to your request no. { $id }, written by { $by ->
        [coach] your coach
       *[coordinator] a coordinator
    } (their own words, not translated):
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 About your request no. { $id }, { $by ->
        [coach] your coach
       *[coordinator] a coordinator
    } suggests this independent service:
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Brussels): for people whose stay is not secure. Free, with interpreters.
    Ask your coach or the doctor how to get there.
support-service-exil =
    <b>Exil</b> (Brussels): for people who survived torture or organised violence. Free.
    Ask your coach or the doctor how to get there.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel): for refugee children from 2.5 years and their families. Free.
    You must be referred by a professional: ask your coach or the doctor.
support-service-lines =
    <b>Listening lines</b>, free:
    • 1813: Zelfmoordlijn. In Dutch, 24/7, also by chat.
    • 0800 32 123: Centre de Prévention du Suicide. In French, 24/7. Consultations also in English, Arabic and Spanish.
    • 106: Tele-Onthaal. In Dutch.
    • 107: Télé-Accueil. In French.
support-service-children =
    <b>Lines for children</b>, free:
    • 102: Awel. In Dutch.
    • 103: Écoute-Enfants. In French.
    • 116 000: Child Focus.

support-not-allowed = ⛔ This request is not one of yours. Nothing was done.

support-privacy-notice = • Your requests for help, if you send any: the kind of help, your message and the dates. So that your coach (or a coordinator) can answer you. Your coach works for the Immigration Office.
support-privacy-retention = • The message of a request for help is deleted { $days } days after the request is closed.
support-mydata-title = <b>Requests for help</b>
support-mydata-item = • Request no. { $id }: { $kind }
support-mydata-item-with-text = • Request no. { $id }: { $kind }, with your message

## Voice notes

support-voice-outside = I cannot listen to voice notes. Do you want to send this voice note to a person?
support-voice-send-button = 📨 Send it to a person
support-voice-crisis-button = 🆘 Emergency numbers
support-voice-too-long = A voice note can be at most { $minutes } minutes. Please send a shorter one, or write.
support-consent-voice = Your voice note: { $seconds } seconds. Only the person named below will hear it. Nobody writes it down or translates it.
support-mydata-item-with-voice = • Request no. { $id }: { $kind }, with a voice note of { $seconds } seconds
support-ask-voice = 🎤 You can also send a voice note.

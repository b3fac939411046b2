# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Kurmanji help requests: talking to someone, with the family's consent. Read by families.
# Telegram HTML only. Values in { $... } are filled in by the bot. Numbers: only those of FACTS.md, section 6.
# The names of the lines and services stay as they are, with a Kurmanji explanation in brackets.

command-talk = Bi kesekî re biaxivin
command-requests = Daxwazên min ên alîkariyê

support-talk-button = 🗣 Ez dixwazim bi kesekî re biaxivim
support-question-button = 📨 Pirsa min ji şêwirmendê min re bişîne

# Always sent first, whatever happens next.
support-crisis =
    <b>Heke rewş giran an lezgîn be, niha telefon bikin.</b> Belaş e.
    • 112: xetera yekser, acîl
    • 1813: Zelfmoordlijn (xeta li dijî xwekuştinê). Bi holendî, şev û roj (24 saet), bi chatê jî.
    • 0800 32 123: Centre de Prévention du Suicide (navenda li dijî xwekuştinê). Bi fransî, şev û roj (24 saet). Şêwirdarî bi îngilîzî, erebî û spanî jî heye.
    • 106: Tele-Onthaal (xeta guhdarîkirinê). Bi holendî.
    • 107: Télé-Accueil (xeta guhdarîkirinê). Bi fransî.
    Ji bo zarokan:
    • 102: Awel. Bi holendî.
    • 103: Écoute-Enfants. Bi fransî.
    • 116 000: Child Focus.

support-ask-kind = Hûn çi alîkariyê dixwazin?
support-kind-coach = 👤 Bi şêwirmendê xwe re biaxivim
support-kind-psychological = 🧠 Alîkariya derûnî ya serbixwe
support-kind-child = 🧒 Alîkarî ji bo zarokekî
support-kind-urgent = 🚨 Lezgîn, îro
support-button-cancel = ✖️ Betal bike
support-cancelled = Hate betalkirin. Tiştek nehat şandin û tiştek nehat tomarkirin.
support-draft-gone = Ev daxwaz nehat şandin (pir kevn e an jî bot ji nû ve dest pê kir). Ji kerema xwe ji nû ve dest pê bikin.
support-button-skip = ➡️ Bê peyam
support-ask-message =
    Hûn dikarin peyamekê binivîsin, bi zimanê xwe an bi zimanekî din.
    An jî « Bê peyam » bitikînin.
support-message-too-long = Divê peyam herî zêde { $limit } tîp be. Ji kerema xwe wê kurt bikin û dîsa bişînin.

support-reader-coach = şêwirmendê we, <b>{ $coach }</b>, ku ji bo Ofîsa Biyaniyan dixebite
support-reader-coordinators = koordînatorên şêwirmendan (hûn nikarin bi vî botî xwe bigihînin şêwirmendekî)
support-nobody =
    Niha tu kes nikare bi vî botî daxwazekê bistîne. Tiştek nehat şandin û tiştek nehat tomarkirin.
    Hejmarên li jor bi kar bînin, an jî gava hûn şêwirmendê xwe dibînin, bi wî re biaxivin.

support-consent =
    <b>Berî şandinê, kontrol bikin:</b>
    Alîkariya ku hûn dixwazin: { $kind }
    { $message }

    <b>Kî wê bixwîne:</b> { $reader }.
    <b>Çi tê tomarkirin:</b> cureyê alîkariyê, peyama we û dîrok. Peyama we { $days } rojan piştî dawiya daxwazê tê jêbirin. /requests daxwazên we nîşan dide; /forget her tiştî jê dibe.

    Heta ku hûn « Bişîne » netikînin, tiştek nayê şandin.
support-consent-message =
    Peyama we:
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Bê peyam.
support-consent-independent = Şêwirmendê we dikare we bişîne xizmeteke serbixwe (Ulysse, Exil, Solentra) an xeteke guhdarîkirinê.
support-button-send = 📤 Bişîne

support-receipt =
    ✅ Daxwaza we ya hejmar { $id } hate tomarkirin. Kesê ku wê bixwîne: { $reader }.
    Gava ku kesek wê bixwîne, hûn ê li vir peyamekê bistînin.
    Heta ku nehatiye xwendin, hûn dikarin wê paşde bikişînin: /requests
support-button-requests = 📋 Daxwazên min

support-status-unread = ⏳ hê nehatiye xwendin
support-status-read = 👀 hate xwendin
support-status-replied = 💬 bersiv hate şandin
support-status-referred = 🤝 xizmetek hate pêşniyarkirin
support-status-withdrawn = ↩️ hate paşdekişandin
support-requests-none = We tu daxwaza alîkariyê neşandiye.
support-requests-title = <b>Daxwazên we yên alîkariyê</b>
support-requests-item = • Daxwaza hejmar { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Daxwaza hejmar { $id } paşde bikişîne
support-button-withdraw-yes = ↩️ Erê, paşde bikişîne
support-button-keep = Bihêle
support-withdraw-confirm = Daxwaza hejmar { $id } paşde bikişînin? Ew ê neyê xwendin.
support-withdraw-too-late = Ev daxwaz berê hatiye xwendin an paşdekişandin: êdî nayê paşdekişandin.
support-withdrawn = ↩️ Daxwaza hejmar { $id } hate paşdekişandin. Heke ew berê gihîştibe telefona wî kesî, ew kes tê agahdarkirin ku daxwaz hatiye paşdekişandin.

support-family-read =
    👀 Daxwaza we ya hejmar { $id } ji aliyê { $by ->
        [coach] şêwirmendê we
       *[coordinator] koordînatorekî
    } ve hate xwendin.
support-family-reply-phrase =
    💬 Bersiva daxwaza we ya hejmar { $id }, ji { $by ->
        [coach] şêwirmendê we
       *[coordinator] koordînatorekî
    }:
    { $phrase }
support-family-reply-text =
    💬 Bersiva daxwaza we ya hejmar { $id }, ku { $by ->
        [coach] şêwirmendê we
       *[coordinator] koordînatorekî
    } nivîsiye (bi gotinên xwe, nehatiye wergerandin):
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 Ji bo daxwaza we ya hejmar { $id }, { $by ->
        [coach] şêwirmendê we
       *[coordinator] koordînatorek
    } vê xizmeta serbixwe ji we re pêşniyar dike:
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Brûksel): ji bo kesên ku mafê wan ê mayînê ne ewle ye. Belaş e, bi wergêran.
    Ji şêwirmendê xwe an ji doktor bipirsin ka hûn çawa biçin wir.
support-service-exil =
    <b>Exil</b> (Brûksel): ji bo kesên ku ji îşkenceyê an ji tundiya rêxistinkirî xilas bûne. Belaş e.
    Ji şêwirmendê xwe an ji doktor bipirsin ka hûn çawa biçin wir.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel): ji bo zarokên penaber ji temenê 2 sal û nîvan pê ve, û malbata wan. Belaş e.
    Divê pisporek we bişîne wir: ji şêwirmendê xwe an ji doktor bipirsin.
support-service-lines =
    <b>Xetên guhdarîkirinê</b>, belaş:
    • 1813: Zelfmoordlijn (xeta li dijî xwekuştinê). Bi holendî, şev û roj (24 saet), bi chatê jî.
    • 0800 32 123: Centre de Prévention du Suicide (navenda li dijî xwekuştinê). Bi fransî, şev û roj (24 saet). Şêwirdarî bi îngilîzî, erebî û spanî jî heye.
    • 106: Tele-Onthaal (xeta guhdarîkirinê). Bi holendî.
    • 107: Télé-Accueil (xeta guhdarîkirinê). Bi fransî.
support-service-children =
    <b>Xetên ji bo zarokan</b>, belaş:
    • 102: Awel. Bi holendî.
    • 103: Écoute-Enfants. Bi fransî.
    • 116 000: Child Focus.

support-not-allowed = ⛔ Ev daxwaz ne ya we ye. Tiştek nehat kirin.

support-privacy-notice = • Daxwazên we yên alîkariyê, heke hûn bişînin: cureyê alîkariyê, peyama we û dîrok. Ji bo ku şêwirmendê we (an koordînatorek) bikaribe bersiva we bide. Şêwirmendê we ji bo Ofîsa Biyaniyan dixebite.
support-privacy-retention = • Peyama daxwazeke alîkariyê { $days } rojan piştî dawiya daxwazê tê jêbirin.
support-mydata-title = <b>Daxwazên alîkariyê</b>
support-mydata-item = • Daxwaza hejmar { $id }: { $kind }
support-mydata-item-with-text = • Daxwaza hejmar { $id }: { $kind }, bi peyama we

## Voice notes

support-voice-outside = Ez nikarim guhdariya peyamên dengî bikim. Tu dixwazî vê peyama dengî ji kesekî re bişînî?
support-voice-send-button = 📨 Ji kesekî re bişîne
support-voice-crisis-button = 🆘 Hejmarên acîl
support-voice-too-long = Peyameke dengî herî zêde dikare { $minutes } deqîqe be. Ji kerema xwe yeke kurttir bişîne, an binivîse.
support-consent-voice = Peyama te ya dengî: { $seconds } çirke. Tenê kesê ku navê wî li jêr e wê bibihîze. Kes wê nanivîse û wergerîne.
support-mydata-item-with-voice = • Daxwaza hejmar { $id }: { $kind }, bi peyameke dengî ya { $seconds } çirkeyan
support-ask-voice = 🎤 Tu dikarî peyameke dengî jî bişînî.

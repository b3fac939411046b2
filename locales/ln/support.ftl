# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Kosenga lisalisi: kosolola na moto, soki libota endimi. Mabota etangaka yango.
# HTML ya Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>. Bot nde etondisaka { $... }.
# Ba numéro: kaka oyo ya FACTS.md, section 6.

command-talk = Kosolola na moto
command-requests = Ba demandes na ngai ya lisalisi

support-talk-button = 🗣 Nalingi kosolola na moto
support-question-button = 📨 Tinda motuna na ngai epai ya coach na ngai

# Etindamaka liboso, ntango nyonso, ata nini ekolanda.
support-crisis =
    <b>Soki likambo ezali makasi to ya noki, bobenga sikoyo.</b> Ofele.
    • 112: likama ya sikoyo, urgence
    • 1813: Zelfmoordlijn (mpo na kopekisa komiboma). Na néerlandais, moi na butu (24 h sur 24), mpe na chat.
    • 0800 32 123: Centre de Prévention du Suicide (mpo na kopekisa komiboma). Na lifalanse, moi na butu (24 h sur 24). Ba consultations mpe na lingelesi, arabe mpe espagnol.
    • 106: Tele-Onthaal. Na néerlandais.
    • 107: Télé-Accueil. Na lifalanse.
    Mpo na bana:
    • 102: Awel. Na néerlandais.
    • 103: Écoute-Enfants. Na lifalanse.
    • 116 000: Child Focus.

support-ask-kind = Lisalisi ya ndenge nini bolingi?
support-kind-coach = 👤 Kosolola na coach na ngai
support-kind-psychological = 🧠 Lisalisi ya psychologue, ya bonsomi
support-kind-child = 🧒 Lisalisi mpo na mwana
support-kind-urgent = 🚨 Urgence, lelo
support-button-cancel = ✖️ Tika
support-cancelled = Etikami. Eloko moko te etindami mpe eloko moko te ebombami.
support-draft-gone = Demande oyo etindamaki te (ezali ya kala mingi, to bot ebandaki lisusu). Bolimbisa, bobanda lisusu.
support-button-skip = ➡️ Message te
support-ask-message =
    Bokoki kokoma message, na monoko na bino to na monoko mosusu.
    To bofina « Message te ».
support-message-too-long = Message esengeli koleka te ba caractères { $limit }. Bolimbisa, bokitisa yango mpe botinda yango lisusu.

support-reader-coach = coach na bino, <b>{ $coach }</b>, oyo asalaka mpo na Office des Étrangers
support-reader-coordinators = ba coordinateurs ya ba coach (bozali na coach te oyo akoki kozwa message na bot oyo)
support-nobody =
    Moto moko te akoki kozwa demande na bot oyo sikoyo. Eloko moko te etindami to ebombami.
    Bosalela ba numéro oyo ezali likolo, to bosolola na coach na bino ntango bokomona ye.

support-consent =
    <b>Liboso ya kotinda, botala malamu:</b>
    Lisalisi oyo bosengi: { $kind }
    { $message }

    <b>Nani akotanga yango:</b> { $reader }.
    <b>Oyo ebombami:</b> ndenge ya lisalisi, message na bino mpe date. Message na bino ekolongolama mikolo { $days } nsima ya suka ya demande. /requests elakisaka ba demandes na bino; /forget elongolaka nyonso.

    Eloko moko te ekotindama liboso bofina « Tinda ».
support-consent-message =
    Message na bino:
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Message te.
support-consent-independent = Coach na bino akoki kotinda bino epai ya service moko ya bonsomi (Ulysse, Exil, Solentra) to na ligne moko ya koyoka bato (ligne d'écoute).
support-button-send = 📤 Tinda

support-receipt =
    ✅ Demande na bino n° { $id } ekomami. Ekotangama na { $reader }.
    Bokozwa message awa ntango moto akotanga yango.
    Soki batangi yango naino te, bokoki kolongola yango: /requests
support-button-requests = 📋 Ba demandes na ngai

support-status-unread = ⏳ batangi naino te
support-status-read = 👀 batangi
support-status-replied = 💬 eyano etindami
support-status-referred = 🤝 service moko epesami
support-status-withdrawn = ↩️ elongolami
support-requests-none = Botindi demande moko te ya lisalisi.
support-requests-title = <b>Ba demandes na bino ya lisalisi</b>
support-requests-item = • Demande n° { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Kolongola demande n° { $id }
support-button-withdraw-yes = ↩️ Iyo, longola yango
support-button-keep = Batela yango
support-withdraw-confirm = Kolongola demande n° { $id }? Ekotangama te.
support-withdraw-too-late = Demande oyo basili kotanga yango to elongolamaki: bokoki kolongola yango lisusu te.
support-withdrawn = ↩️ Demande n° { $id } elongolami. Soki esilaki kokoma na telefone ya moto yango, bakoyebisa ye ete elongolami.

support-family-read =
    👀 Demande na bino n° { $id } etangami na { $by ->
        [coach] coach na bino
       *[coordinator] coordinateur moko
    }.
support-family-reply-phrase =
    💬 Eyano na demande na bino n° { $id }, euti na { $by ->
        [coach] coach na bino
       *[coordinator] coordinateur moko
    }:
    { $phrase }
support-family-reply-text =
    💬 Eyano na demande na bino n° { $id }, ekomami na { $by ->
        [coach] coach na bino
       *[coordinator] coordinateur moko
    } (maloba na ye moko, ebongolami te):
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 Mpo na demande na bino n° { $id }, { $by ->
        [coach] coach na bino
       *[coordinator] coordinateur moko
    } alakisi bino service oyo ya bonsomi:
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Bruxelles): mpo na bato oyo bazali na séjour précaire (mikanda ya kofanda ya ntembe). Ofele, na ba interprètes.
    Botuna coach na bino to monganga ndenge ya kokende kuna.
support-service-exil =
    <b>Exil</b> (Bruxelles): mpo na bato oyo babikaki na torture to na mobulu ya makasi oyo ebongisamaki (violence organisée). Ofele.
    Botuna coach na bino to monganga ndenge ya kokende kuna.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel): mpo na bana ya ba réfugiés banda mibu 2 na ndambo, mpe mabota na bango. Ofele.
    Esengeli moto ya mosala (professionnel) atinda bino: botuna coach na bino to monganga.
support-service-lines =
    <b>Ba ligne ya koyoka bato (lignes d'écoute)</b>, ofele:
    • 1813: Zelfmoordlijn (mpo na kopekisa komiboma). Na néerlandais, moi na butu (24 h sur 24), mpe na chat.
    • 0800 32 123: Centre de Prévention du Suicide (mpo na kopekisa komiboma). Na lifalanse, moi na butu (24 h sur 24). Ba consultations mpe na lingelesi, arabe mpe espagnol.
    • 106: Tele-Onthaal. Na néerlandais.
    • 107: Télé-Accueil. Na lifalanse.
support-service-children =
    <b>Ba ligne mpo na bana</b>, ofele:
    • 102: Awel. Na néerlandais.
    • 103: Écoute-Enfants. Na lifalanse.
    • 116 000: Child Focus.

support-not-allowed = ⛔ Demande oyo ezali ya bino te. Eloko moko te esalemi.

support-privacy-notice = • Ba demandes na bino ya lisalisi, soki botindi yango: ndenge ya lisalisi, message na bino mpe ba dates. Mpo coach na bino (to coordinateur moko) akoka kozongisela bino eyano. Coach na bino asalaka mpo na Office des Étrangers.
support-privacy-retention = • Message ya demande ya lisalisi elongolamaka mikolo { $days } nsima ya suka ya demande.
support-mydata-title = <b>Ba demandes ya lisalisi</b>
support-mydata-item = • Demande n° { $id }: { $kind }
support-mydata-item-with-text = • Demande n° { $id }: { $kind }, na message na bino

## Voice notes

support-voice-outside = Nakoki koyoka bansango ya mongongo te. Olingi kotindela moto moko nsango oyo ya mongongo?
support-voice-send-button = 📨 Tindela moto
support-voice-crisis-button = 🆘 Banimero ya likama
support-voice-too-long = Nsango ya mongongo ekoki koleka te miniti { $minutes }. Tinda moko ya mokuse, to koma.
support-consent-voice = Nsango na yo ya mongongo: sekɔndi { $seconds }. Kaka moto oyo bakomi nkombo na ye awa na nse nde akoyoka yango. Moto moko te akokoma yango to akobongola yango.
support-mydata-item-with-voice = • Bosɛngi nimero { $id }: { $kind }, na nsango ya mongongo ya sekɔndi { $seconds }
support-ask-voice = 🎤 Okoki mpe kotinda nsango ya mongongo.

# Kërkesat për ndihmë: të flasësh me dikë, me pëlqimin e familjes. I lexojnë familjet.
# Vetëm HTML e Telegram-it. Vlerat { $... } i plotëson boti. Numrat: vetëm nga FACTS.md, pjesa 6.

command-talk = Të flas me dikë
command-requests = Kërkesat e mia për ndihmë

support-talk-button = 🗣 Dua të flas me dikë
support-question-button = 📨 Dërgoja pyetjen time coach-it

support-crisis =
    <b>Nëse është e rëndë ose urgjente, telefononi tani.</b> Falas.
    • 112: rrezik i menjëhershëm, urgjencë
    • 1813: Zelfmoordlijn. Në holandisht, 24 orë në ditë, edhe me chat.
    • 0800 32 123: Centre de Prévention du Suicide. Në frëngjisht, 24 orë në ditë. Këshillime edhe në anglisht, arabisht dhe spanjisht.
    • 106: Tele-Onthaal. Në holandisht.
    • 107: Télé-Accueil. Në frëngjisht.
    Për fëmijët:
    • 102: Awel. Në holandisht.
    • 103: Écoute-Enfants. Në frëngjisht.
    • 116 000: Child Focus.

support-ask-kind = Çfarë ndihme dëshironi?
support-kind-coach = 👤 Të flas me coach-in tim
support-kind-psychological = 🧠 Ndihmë psikologjike e pavarur
support-kind-child = 🧒 Ndihmë për një fëmijë
support-kind-urgent = 🚨 Urgjente, sot
support-button-cancel = ✖️ Anulo
support-cancelled = U anulua. Asgjë nuk u dërgua dhe asgjë nuk u ruajt.
support-draft-gone = Kjo kërkesë nuk u dërgua (është shumë e vjetër ose boti u rinis). Ju lutemi filloni nga e para.
support-button-skip = ➡️ Pa mesazh
support-ask-message =
    Mund të shkruani një mesazh, në gjuhën tuaj ose në çdo gjuhë tjetër.
    Ose prekni "Pa mesazh".
support-message-too-long = Mesazhi mund të ketë deri në { $limit } shenja. Ju lutemi shkurtojeni dhe dërgojeni përsëri.

support-reader-coach = coach-i juaj, <b>{ $coach }</b>, i cili punon për Zyrën e të Huajve
support-reader-coordinators = koordinatorët e coach-ëve (nuk keni coach që mund të arrihet përmes këtij boti)
support-nobody =
    Për momentin askush nuk mund të marrë një kërkesë përmes këtij boti. Asgjë nuk u dërgua as nuk u ruajt.
    Përdorni numrat më sipër, ose flisni me coach-in tuaj kur ta shihni.

support-consent =
    <b>Para se ta dërgoni, kontrolloni:</b>
    Ndihma e kërkuar: { $kind }
    { $message }

    <b>Kush do ta lexojë:</b> { $reader }.
    <b>Çfarë ruhet:</b> lloji i ndihmës, mesazhi juaj dhe data. Mesazhi juaj fshihet { $days } ditë pasi kërkesa mbyllet. /requests tregon kërkesat tuaja; /forget fshin gjithçka.

    Asgjë nuk dërgohet para se të prekni "Dërgo".
support-consent-message =
    Mesazhi juaj:
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Pa mesazh.
support-consent-independent = Coach-i juaj mund t'ju drejtojë te një shërbim i pavarur (Ulysse, Exil, Solentra) ose te një linjë ndihme.
support-button-send = 📤 Dërgo

support-receipt =
    ✅ Kërkesa juaj nr. { $id } u ruajt. Do ta lexojë { $reader }.
    Do të merrni një mesazh këtu kur dikush ta ketë lexuar.
    Derisa të mos jetë lexuar, mund ta tërhiqni: /requests
support-button-requests = 📋 Kërkesat e mia

support-status-unread = ⏳ ende e palexuar
support-status-read = 👀 e lexuar
support-status-replied = 💬 u dërgua përgjigje
support-status-referred = 🤝 u propozua një shërbim
support-status-withdrawn = ↩️ e tërhequr
support-requests-none = Nuk keni dërguar asnjë kërkesë për ndihmë.
support-requests-title = <b>Kërkesat tuaja për ndihmë</b>
support-requests-item = • Kërkesa nr. { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Tërhiq kërkesën nr. { $id }
support-button-withdraw-yes = ↩️ Po, tërhiqe
support-button-keep = Mbaje
support-withdraw-confirm = Ta tërheqim kërkesën nr. { $id }? Nuk do të lexohet.
support-withdraw-too-late = Kjo kërkesë është lexuar ose tërhequr tashmë: nuk mund të tërhiqet më.
support-withdrawn = ↩️ Kërkesa nr. { $id } u tërhoq. Nëse kishte arritur tashmë në telefonin e lexuesit, atij i thuhet se u tërhoq.

support-family-read =
    👀 Kërkesën tuaj nr. { $id } e lexoi { $by ->
        [coach] coach-i juaj
       *[coordinator] një koordinator
    }.
support-family-reply-phrase =
    💬 Përgjigje për kërkesën tuaj nr. { $id }, nga { $by ->
        [coach] coach-i juaj
       *[coordinator] një koordinator
    }:
    { $phrase }
support-family-reply-text =
    💬 Përgjigje për kërkesën tuaj nr. { $id }, shkruar nga { $by ->
        [coach] coach-i juaj
       *[coordinator] një koordinator
    } (fjalët e veta, të papërkthyera):
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 Për kërkesën tuaj nr. { $id }, { $by ->
        [coach] coach-i juaj
       *[coordinator] një koordinator
    } ju propozon këtë shërbim të pavarur:
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Bruksel): për njerëzit me qëndrim të pasigurt. Falas, me përkthyes.
    Pyesni coach-in ose mjekun si të shkoni atje.
support-service-exil =
    <b>Exil</b> (Bruksel): për njerëzit që i kanë mbijetuar torturës ose dhunës së organizuar. Falas.
    Pyesni coach-in ose mjekun si të shkoni atje.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel): për fëmijët refugjatë nga 2 vjeç e gjysmë, dhe familjet e tyre. Falas.
    Duhet t'ju dërgojë një profesionist: pyesni coach-in ose mjekun.
support-service-lines =
    <b>Linjat e ndihmës</b>, falas:
    • 1813: Zelfmoordlijn. Në holandisht, 24 orë në ditë, edhe me chat.
    • 0800 32 123: Centre de Prévention du Suicide. Në frëngjisht, 24 orë në ditë. Këshillime edhe në anglisht, arabisht dhe spanjisht.
    • 106: Tele-Onthaal. Në holandisht.
    • 107: Télé-Accueil. Në frëngjisht.
support-service-children =
    <b>Linja për fëmijët</b>, falas:
    • 102: Awel. Në holandisht.
    • 103: Écoute-Enfants. Në frëngjisht.
    • 116 000: Child Focus.

support-not-allowed = ⛔ Kjo kërkesë nuk është e juaja. Asgjë nuk u bë.

support-privacy-notice = • Kërkesat tuaja për ndihmë, nëse dërgoni: lloji i ndihmës, mesazhi juaj dhe datat. Që coach-i juaj (ose një koordinator) t'ju përgjigjet. Coach-i juaj punon për Zyrën e të Huajve.
support-privacy-retention = • Mesazhi i një kërkese për ndihmë fshihet { $days } ditë pasi kërkesa mbyllet.
support-mydata-title = <b>Kërkesat për ndihmë</b>
support-mydata-item = • Kërkesa nr. { $id }: { $kind }
support-mydata-item-with-text = • Kërkesa nr. { $id }: { $kind }, me mesazhin tuaj

## Voice notes

support-voice-outside = Nuk mund të dëgjoj mesazhe zanore. Doni ta dërgoni këtë mesazh zanor te një person?
support-voice-send-button = 📨 Dërgojeni te një person
support-voice-crisis-button = 🆘 Numrat e urgjencës
support-voice-too-long = Një mesazh zanor mund të jetë të shumtën { $minutes } minuta. Ju lutemi dërgoni një më të shkurtër, ose shkruani.
support-consent-voice = Mesazhi juaj zanor: { $seconds } sekonda. Vetëm personi i përmendur më poshtë do ta dëgjojë. Askush nuk e shkruan dhe nuk e përkthen.
support-mydata-item-with-voice = • Kërkesa nr. { $id }: { $kind }, me një mesazh zanor prej { $seconds } sekondash
support-ask-voice = 🎤 Mund të dërgoni edhe një mesazh zanor.

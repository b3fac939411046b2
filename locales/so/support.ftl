# Codsiyada caawimaadda: la hadal qof, iyadoo qoysku oggol yahay. Qoysasku way akhriyaan.
# Kaliya Telegram HTML. Qiimayaasha { $... } bot-ka ayaa buuxiya. Lambarada: kaliya FACTS.md, qaybta 6.

command-talk = La hadal qof
command-requests = Codsiyadayda caawimaadda

support-talk-button = 🗣 Waxaan rabaa inaan qof la hadlo
support-question-button = 📨 Su'aashayda u dir coach-kayga

support-crisis =
    <b>Haddii ay culus tahay ama degdeg tahay, hadda wac.</b> Bilaash.
    • 112: khatar degdeg ah, xaalad degdeg ah
    • 1813: Zelfmoordlijn (khadka ka hortagga is-dilka). Af-Holandi, 24 saacadood maalintii, sidoo kale chat.
    • 0800 32 123: Centre de Prévention du Suicide (xarunta ka hortagga is-dilka). Af-Faransiis, 24 saacadood maalintii. La-talin sidoo kale Af-Ingiriis, Carabi iyo Isbaanish.
    • 106: Tele-Onthaal. Af-Holandi.
    • 107: Télé-Accueil. Af-Faransiis.
    Carruurta:
    • 102: Awel. Af-Holandi.
    • 103: Écoute-Enfants. Af-Faransiis.
    • 116 000: Child Focus.

support-ask-kind = Caawimaad noocee ah ayaad rabtaa?
support-kind-coach = 👤 La hadal coach-kayga
support-kind-psychological = 🧠 Caawimaad nafsi ah oo madax-bannaan
support-kind-child = 🧒 Caawimaad ilmo
support-kind-urgent = 🚨 Degdeg, maanta
support-button-cancel = ✖️ Ka noqo
support-cancelled = Waa la joojiyay. Waxba lama dirin, waxba lama kaydin.
support-draft-gone = Codsigan lama dirin (waa duug ama bot-ka dib ayaa loo bilaabay). Fadlan dib u bilow.
support-button-skip = ➡️ Fariin la'aan
support-ask-message =
    Waxaad qori kartaa fariin, luqaddaada ama luqad kale.
    Ama taabo "Fariin la'aan".
support-message-too-long = Fariintu waa inay ahaataa ugu badnaan { $limit } xaraf. Fadlan gaabi oo mar kale dir.

support-reader-coach = coach-kaaga, <b>{ $coach }</b>, oo u shaqeeya Xafiiska Ajaanibta
support-reader-coordinators = isku-duwayaasha coach-yada (ma lihid coach laga gaari karo botkan)
support-nobody =
    Hadda qofna kama heli karo codsi botkan. Waxba lama dirin lamana kaydin.
    Isticmaal lambarada kore, ama la hadal coach-kaaga marka aad aragto.

support-consent =
    <b>Intaadan dirin, hubi:</b>
    Caawimaadda la codsaday: { $kind }
    { $message }

    <b>Cidda akhrinaysa:</b> { $reader }.
    <b>Waxa la kaydinayo:</b> nooca caawimaadda, fariintaada iyo taariikhda. Fariintaada waa la tirtirayaa { $days } maalmood kadib marka codsigu xirmo. /requests wuxuu tusaa codsiyadaada; /forget wax walba wuu tirtiraa.

    Waxba lama dirayo ilaa aad taabato "Dir".
support-consent-message =
    Fariintaada:
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Fariin ma jirto.
support-consent-independent = Coach-kaagu wuxuu kuu diri karaa adeeg madax-bannaan (Ulysse, Exil, Solentra) ama khad taageero.
support-button-send = 📤 Dir

support-receipt =
    ✅ Codsigaaga lambar { $id } waa la kaydiyay. Waxaa akhrin doona { $reader }.
    Halkan ayaad fariin ku heli doontaa marka qof akhriyo.
    Inta aan la akhrin, waad ka noqon kartaa: /requests
support-button-requests = 📋 Codsiyadayda

support-status-unread = ⏳ weli lama akhrin
support-status-read = 👀 waa la akhriyay
support-status-replied = 💬 jawaab ayaa la diray
support-status-referred = 🤝 adeeg ayaa la soo jeediyay
support-status-withdrawn = ↩️ waa laga noqday
support-requests-none = Ma aadan dirin wax codsi caawimaad ah.
support-requests-title = <b>Codsiyadaada caawimaadda</b>
support-requests-item = • Codsi lambar { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Ka noqo codsiga lambar { $id }
support-button-withdraw-yes = ↩️ Haa, ka noqo
support-button-keep = Hay
support-withdraw-confirm = Ma ka noqonaysaa codsiga lambar { $id }? Lama akhrin doono.
support-withdraw-too-late = Codsigan horay ayaa loo akhriyay ama looga noqday: hadda lagama noqon karo.
support-withdrawn = ↩️ Codsiga lambar { $id } waa laga noqday. Haddii uu horay u gaaray taleefanka qofka akhriya, waa loo sheegayaa in laga noqday.

support-family-read =
    👀 Codsigaaga lambar { $id } waxaa akhriyay { $by ->
        [coach] coach-kaaga
       *[coordinator] isku-duwe
    }.
support-family-reply-phrase =
    💬 Jawaabta codsigaaga lambar { $id }, oo ka timid { $by ->
        [coach] coach-kaaga
       *[coordinator] isku-duwe
    }:
    { $phrase }
support-family-reply-text =
    💬 Jawaabta codsigaaga lambar { $id }, waxaa qoray { $by ->
        [coach] coach-kaaga
       *[coordinator] isku-duwe
    } (ereyadiisa, aan la turjumin):
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 Codsigaaga lambar { $id } awgiis, { $by ->
        [coach] coach-kaagu
       *[coordinator] isku-duwe
    } wuxuu kuu soo jeedinayaa adeeggan madax-bannaan:
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Brussel): dadka aan lahayn deganaansho sugan. Bilaash, turjumaanno ayaa jira.
    Weydii coach-kaaga ama dhakhtarka sida loo tago.
support-service-exil =
    <b>Exil</b> (Brussel): dadka ka badbaaday jirdil ama rabshad abaabulan. Bilaash.
    Weydii coach-kaaga ama dhakhtarka sida loo tago.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel): carruurta qaxootiga ah ee jira 2 sano iyo badh ama ka weyn, iyo qoysaskooda. Bilaash.
    Waa in xirfadle kuu soo diro: weydii coach-kaaga ama dhakhtarka.
support-service-lines =
    <b>Khadadka taageerada</b>, bilaash:
    • 1813: Zelfmoordlijn (khadka ka hortagga is-dilka). Af-Holandi, 24 saacadood maalintii, sidoo kale chat.
    • 0800 32 123: Centre de Prévention du Suicide (xarunta ka hortagga is-dilka). Af-Faransiis, 24 saacadood maalintii. La-talin sidoo kale Af-Ingiriis, Carabi iyo Isbaanish.
    • 106: Tele-Onthaal. Af-Holandi.
    • 107: Télé-Accueil. Af-Faransiis.
support-service-children =
    <b>Khadadka carruurta</b>, bilaash:
    • 102: Awel. Af-Holandi.
    • 103: Écoute-Enfants. Af-Faransiis.
    • 116 000: Child Focus.

support-not-allowed = ⛔ Codsigani maaha kaaga. Waxba lama samayn.

support-privacy-notice = • Codsiyadaada caawimaadda, haddii aad dirto: nooca caawimaadda, fariintaada iyo taariikhaha. Si coach-kaagu (ama isku-duwe) kuugu jawaabo. Coach-kaagu wuxuu u shaqeeyaa Xafiiska Ajaanibta.
support-privacy-retention = • Fariinta codsi caawimaad waa la tirtirayaa { $days } maalmood kadib marka codsigu xirmo.
support-mydata-title = <b>Codsiyada caawimaadda</b>
support-mydata-item = • Codsi lambar { $id }: { $kind }
support-mydata-item-with-text = • Codsi lambar { $id }: { $kind }, oo wata fariintaada

## Voice notes

support-voice-outside = Ma dhegeysan karo farriimaha codka. Ma rabtaa inaad farriintan codka u dirto qof?
support-voice-send-button = 📨 U dir qof
support-voice-crisis-button = 🆘 Lambarrada degdegga
support-voice-too-long = Farriinta codku waxay noqon kartaa ugu badnaan { $minutes } daqiiqo. Fadlan dir mid ka gaaban, ama qor.
support-consent-voice = Farriintaada codka: { $seconds } ilbiriqsi. Qofka hoos lagu magacaabay oo keliya ayaa maqli doona. Qofna ma qoro mana turjumo.
support-mydata-item-with-voice = • Codsiga lambar { $id }: { $kind }, oo leh farriin cod ah oo { $seconds } ilbiriqsi ah
support-ask-voice = 🎤 Waxaad sidoo kale diri kartaa farriin cod ah.

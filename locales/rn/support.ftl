# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Gusaba imfashanyo: kuvugana n'umuntu, umuryango ubitanzeko uruhusha. Bisomwa n'imiryango.
# HTML ya Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>. Ibiri muri { $... } vyuzuzwa na bot.
# Inomero: izo muri FACTS.md, igice ca 6, gusa.

command-talk = Kuvugana n'umuntu
command-requests = Ubusabe bwanje bw'imfashanyo

support-talk-button = 🗣 Nipfuza kuvugana n'umuntu
support-question-button = 📨 Rungikira coach wanje ikibazo canje

# Burungikwa imbere, igihe cose, ivyo ari vyo vyose bikurikira.
support-crisis =
    <b>Nimba ari ibintu bikomeye canke vyihutirwa, muhamagare ubu nyene.</b> Ni ku buntu.
    • 112: akaga ako nyene, ivyihutirwa
    • 1813: Zelfmoordlijn (umurongo wo gukumira ukwiyahura). Mu Giholandi, amasaha 24 kuri 24, no mu kwandikirana (chat).
    • 0800 32 123: Centre de Prévention du Suicide (umurongo wo gukumira ukwiyahura). Mu Gifaransa, amasaha 24 kuri 24. Hari n'ibiganiro mu Congereza, mu Carabu no mu Cesipanyolo.
    • 106: Tele-Onthaal. Mu Giholandi.
    • 107: Télé-Accueil. Mu Gifaransa.
    Ku bana:
    • 102: Awel. Mu Giholandi.
    • 103: Écoute-Enfants. Mu Gifaransa.
    • 116 000: Child Focus.

support-ask-kind = Ni imfashanyo iyihe mushaka?
support-kind-coach = 👤 Kuvugana na coach wanje
support-kind-psychological = 🧠 Imfashanyo yo mu mutwe yigenga
support-kind-child = 🧒 Imfashanyo ku mwana
support-kind-urgent = 🚨 Vyihutirwa, uyu musi
support-button-cancel = ✖️ Hagarika
support-cancelled = Vyahagaritswe. Nta na kimwe carungitswe, nta na kimwe cabitswe.
support-draft-gone = Ubu busabe ntibwarungitswe (ni ubwa kera cane, canke bot yarongeye gutangura). Turabasavye, mwongere mutangure.
support-button-skip = ➡️ Nta butumwa
support-ask-message =
    Mushobora kwandika ubutumwa, mu rurimi rwanyu canke mu rundi.
    Canke mufyonde « Nta butumwa ».
support-message-too-long = Ubutumwa ntibutegerezwa kurenza indome { $limit }. Turabasavye, mubugabanye maze mwongere muburungike.

support-reader-coach = coach wanyu, <b>{ $coach }</b>, akorera Office des Étrangers
support-reader-coordinators = abahuza b'abacoach (coordinateurs) (nta coach mufise ashobora gushikirwa biciye kuri iyi bot)
support-nobody =
    Ubu nta muntu ashobora kwakira ubusabe biciye kuri iyi bot. Nta na kimwe carungitswe canke cabitswe.
    Mukoreshe inomero ziri haruguru, canke muvugane na coach wanyu nimumubona.

support-consent =
    <b>Imbere yo kurungika, murabe neza:</b>
    Imfashanyo musaba: { $kind }
    { $message }

    <b>Uzobusoma:</b> { $reader }.
    <b>Ibibikwa:</b> ubwoko bw'imfashanyo, ubutumwa bwanyu n'itariki. Ubutumwa bwanyu bufutwa imisi { $days } inyuma y'uko ubusabe burangira. /requests yerekana ubusabe bwanyu; /forget ifuta vyose.

    Nta na kimwe kirungikwa imbere y'uko mufyonda « Rungika ».
support-consent-message =
    Ubutumwa bwanyu:
    <blockquote>{ $text }</blockquote>
support-consent-no-message = Nta butumwa.
support-consent-independent = Coach wanyu arashobora kubarungika ku gikorwa cigenga (Ulysse, Exil, Solentra) canke ku murongo wa telefone wo kubumviriza.
support-button-send = 📤 Rungika

support-receipt =
    ✅ Ubusabe bwanyu n° { $id } bwanditswe. Uzobusoma ni { $reader }.
    Muzoronka ubutumwa ng'aha igihe umuntu azoba yabusomye.
    Igihe butarasomwa, mushobora kubukuraho: /requests
support-button-requests = 📋 Ubusabe bwanje

support-status-unread = ⏳ ntiburasomwa
support-status-read = 👀 bwasomwe
support-status-replied = 💬 inyishu yarungitswe
support-status-referred = 🤝 hari serivisi yabashikirijwe
support-status-withdrawn = ↩️ bwakuweho
support-requests-none = Nta busabe bw'imfashanyo mwarungitse.
support-requests-title = <b>Ubusabe bwanyu bw'imfashanyo</b>
support-requests-item = • Ubusabe n° { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ Gukuraho ubusabe n° { $id }
support-button-withdraw-yes = ↩️ Ego, bukureho
support-button-keep = Kubugumana
support-withdraw-confirm = Gukuraho ubusabe n° { $id }? Ntibuzosomwa.
support-withdraw-too-late = Ubu busabe bwaramaze gusomwa canke gukurwaho: ntibugishobora gukurwaho.
support-withdrawn = ↩️ Ubusabe n° { $id } bwakuweho. Nimba bwari bwashitse kuri telefone y'uwo muntu, uwo muntu aramenyeshwa ko bwakuweho.

support-family-read =
    👀 Ubusabe bwanyu n° { $id } bwasomwe. Ubusomye ni { $by ->
        [coach] coach wanyu
       *[coordinator] umuhuza w'abacoach (coordinateur)
    }.
support-family-reply-phrase =
    💬 Inyishu ku busabe bwanyu n° { $id }. Uwayirungitse ni { $by ->
        [coach] coach wanyu
       *[coordinator] umuhuza w'abacoach (coordinateur)
    }:
    { $phrase }
support-family-reply-text =
    💬 Inyishu ku busabe bwanyu n° { $id }. Uwayanditse ni { $by ->
        [coach] coach wanyu
       *[coordinator] umuhuza w'abacoach (coordinateur)
    } (ni amajambo yiwe bwite, ntiyahinduwe):
    <blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 Ku busabe bwanyu n° { $id }, { $by ->
        [coach] coach wanyu
       *[coordinator] umuhuza w'abacoach (coordinateur)
    } arabashikiriza iyi serivisi yigenga:
    { $service }

support-service-ulysse =
    <b>Ulysse</b> (Bruxelles): ku bantu badafise uburenganzira buhamye bwo kuba mu gihugu (séjour précaire). Ni ku buntu, hari n'abasobanuzi.
    Mubaze coach wanyu canke umuganga ingene mwohashika.
support-service-exil =
    <b>Exil</b> (Bruxelles): ku bantu barokotse iyicarubozo canke urugomo rwateguwe (violence organisée). Ni ku buntu.
    Mubaze coach wanyu canke umuganga ingene mwohashika.
support-service-solentra =
    <b>Solentra</b> (UZ Brussel): ku bana b'impunzi kuva ku myaka 2 n'igice, n'imiryango yabo. Ni ku buntu.
    Bisaba kurungikwa n'umuhinga (professionnel): mubaze coach wanyu canke umuganga.
support-service-lines =
    <b>Imirongo ya telefone yo kubumviriza</b>, ku buntu:
    • 1813: Zelfmoordlijn (umurongo wo gukumira ukwiyahura). Mu Giholandi, amasaha 24 kuri 24, no mu kwandikirana (chat).
    • 0800 32 123: Centre de Prévention du Suicide (umurongo wo gukumira ukwiyahura). Mu Gifaransa, amasaha 24 kuri 24. Hari n'ibiganiro mu Congereza, mu Carabu no mu Cesipanyolo.
    • 106: Tele-Onthaal. Mu Giholandi.
    • 107: Télé-Accueil. Mu Gifaransa.
support-service-children =
    <b>Imirongo ya telefone y'abana</b>, ku buntu:
    • 102: Awel. Mu Giholandi.
    • 103: Écoute-Enfants. Mu Gifaransa.
    • 116 000: Child Focus.

support-not-allowed = ⛔ Ubu busabe si ubwanyu. Nta na kimwe cakozwe.

support-privacy-notice = • Ubusabe bwanyu bw'imfashanyo, nimba muburungitse: ubwoko bw'imfashanyo, ubutumwa bwanyu n'amatariki. Kugira ngo coach wanyu (canke umuhuza w'abacoach) ashobore kubishura. Coach wanyu akorera Office des Étrangers.
support-privacy-retention = • Ubutumwa bw'ubusabe bw'imfashanyo bufutwa imisi { $days } inyuma y'uko ubusabe burangira.
support-mydata-title = <b>Ubusabe bw'imfashanyo</b>
support-mydata-item = • Ubusabe n° { $id }: { $kind }
support-mydata-item-with-text = • Ubusabe n° { $id }: { $kind }, hamwe n'ubutumwa bwanyu

## Voice notes

support-voice-outside = Sinshobora kwumviriza ubutumwa bw'ijwi. Urashaka kurungikira umuntu ubu butumwa bw'ijwi?
support-voice-send-button = 📨 Burungikire umuntu
support-voice-crisis-button = 🆘 Inomero z'ingoboka
support-voice-too-long = Ubutumwa bw'ijwi ntibushobora kurenza iminota { $minutes }. Rungika ubugufi, canke wandike.
support-consent-voice = Ubutumwa bwawe bw'ijwi: amasegonda { $seconds }. Umuntu avugwa hepfo ni we wenyene azobwumva. Nta muntu abwandika canke abusobanura mu rundi rurimi.
support-mydata-item-with-voice = • Icipfuzo numero { $id }: { $kind }, n'ubutumwa bw'ijwi bw'amasegonda { $seconds }
support-ask-voice = 🎤 Urashobora kandi kurungika ubutumwa bw'ijwi.

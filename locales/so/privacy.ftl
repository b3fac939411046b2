# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Sirta: waxa bot-ku ka kaydiyo qof, nuqulkiisa (/mydata), tirtiridda (/forget),
# xakamaynta fariimaha badan iyo kooxaha. HTML Telegram oo keliya. Qiimayaasha { $... } waxaa buuxiya bot-ka.

## /privacy
# $stored: sadar nooc kasta oo xog ah. $retention: sadar muddo kasta oo kaydin ah.
privacy-text =
    <b>🔒 Xogtaada ku jirta bot-kan</b>

    <b>Waxa bot-ku kaydiyo, iyo sababta</b>
    { $stored }
    Bot-ku ma kaydiyo magacaaga, lambarka telefoonkaaga, sawiradaada ama faylashaada, ama qoraalka aad u qorto. Wuxuu akhriyaa waxa aad qorto oo keliya si uu kuugu jawaabo.
    Waxaa la kaydiyaa oo keliya fariin aad dooratid inaad u dirto coach-kaaga, sida kor ku xusan.

    <b>Muddada la kaydiyo</b>
    { $retention }

    <b>Cidda arki karta</b>
    Adiga, adoo isticmaalaya /mydata. Kooxda maamusha bot-ka ({ -bot-operator }) waxay arki kartaa xogta la kaydiyay marka ay dayactirayso bot-ka. Diiwaannada farsamada ee bot-ka waligood kuma jiraan waxa aad qorto, magacaaga ama lambarka telefoonkaaga.

    <b>Sida loo tirtiro</b>
    /forget wuxuu hal mar tirtiraa wax kasta oo bot-ku kaa kaydiyo.
privacy-notice-member = • Luqaddaada iyo taariikhaha fariintaada ugu horreysa iyo tan ugu dambeysa: si bot-ku kuugu qoro luqaddaada, iyo si xogtaada loo tirtiro marka aad joojiso isticmaalka bot-ka.
privacy-notice-inbox = • Waxa aad soo dirto, ilaa bot-ku ka jawaabo (daqiiqad gaaban; in ka badan haddii bot-ku istaagnaa): kadib qoraalkiisa waa la tirtiraa. Cidna halkaas kama akhrido.
privacy-retention-inactive = • Haddii aadan bot-ka wax u qorin { $days } { $days ->
        [one] maalin
       *[other] maalmood
    }, wax kasta oo uu kaa kaydiyo waa la tirtiraa.

## /mydata

privacy-mydata-title = <b>Waxa bot-ku kaa kaydiyo</b>
privacy-mydata-nothing = Bot-ku waxba kaama kaydiyo.
privacy-mydata-language = Luqadda: { $language }
privacy-mydata-first-seen = Fariinta ugu horreysa: { $date }
privacy-mydata-last-seen = Fariinta ugu dambeysa: { $date }
privacy-mydata-see-file = { $section }: eeg faylka hoose.
privacy-mydata-file = Faylka hoose wuxuu hayaa isla waxaas, qaab kombiyuutarku akhrin karo (JSON).
privacy-mydata-too-long = Waxyaabuhu aad bay u badan yihiin si halkan loogu muujiyo: wax walba waxay ku jiraan faylka hoose.
privacy-mydata-caption = Wax kasta oo bot-ku kaa kaydiyo

## /forget

privacy-forget-confirm =
    <b>Ma tirtirtaa dhammaan xogtaada?</b>
    Bot-ku wuu illoobi doonaa luqaddaada iyo wax kasta oo kale oo uu kaa kaydiyo. Tan dib looma celin karo.
    Haddii aad mar kale wax qorto hadhow, bot-ku bilowga ayuu ka bilaabayaa.
privacy-forget-yes = 🗑 Tirtir wax walba
privacy-forget-no = Ka noqo
privacy-forget-done = ✅ Xogtaada waa la tirtiray. Bot-ku hadda kuma yaqaan.
privacy-forget-cancelled = Waxba lama tirtirin.
privacy-forget-expired = Badhankan waqtigiisii waa dhammaaday. Mar kale soo dir /forget haddii aad rabto inaad tirtirto xogtaada.

## Fariimo badan, kooxo, dhibaatooyin kaydin

privacy-slow-down-tap = Fadlan daqiiqad: dhowr ilbiriqsi kadib mar kale riix.
privacy-private-only = Bot-kani wuxuu ka shaqeeyaa oo keliya wada-sheekaysi gaar ah, si loo ilaaliyo sirta qoys kasta. Kooxdan waan ka baxayaa. Si toos ah ii soo qor: @{ $bot }
privacy-storage-busy = Waan ka xumahay, hadda ma kaydin karin taas. Fadlan isku day mar kale daqiiqad kadib.

## Liiska amarrada ee Telegram muujiyo (gaaban, HTML la'aan)

command-privacy = Xogtaada: waxa la kaydiyo iyo sababta
command-mydata = Hel nuqul xogtaada ah
command-forget = Tirtir xogtaada

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • Haddii coach-kaagu kugu xiray qoys: magaciisa gaaban, lambarkaaga xubinnimo, ballamahaaga iyo jawaabahaaga. Coach-kaaga iyo isuduwayaasha ayaa arka; waxay lagama maarmaan u yihiin in ballamahaaga laguu soo diro.
privacy-retention-appointments = • Ballamaha waa la tirtiraa { $days } { $days ->
        [one] maalin
       *[other] maalmood
    } ka dib markay dhacaan.
privacy-mydata-household = Qoyska: { $label } · coach: { $coach }

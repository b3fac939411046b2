# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Ubuzima bwite: ivyo bot ibika ku muntu, kopi yavyo (/mydata), ukubifuta (/forget),
# ubutumwa bwinshi burungitswe icarimwe n'imigwi. HTML ya Telegram gusa.
# Ibiri muri { $... } vyuzuzwa na bot.

## /privacy
# $stored: umurongo umwe ku bwoko bwose bw'amakuru. $retention: umurongo umwe ku gihe cose amakuru abikwa.
privacy-text =
    <b>🔒 Amakuru yanyu muri iyi bot</b>

    <b>Ivyo bot ibika, n'igituma ibibika</b>
    { $stored }
    Bot ntibika izina ryanyu, inomero ya telefone yanyu, amafoto canke amadosiye yanyu, canke amajambo muyandikira. Isoma ivyo mwandika gusa kugira ngo ibishure.
    Ubutumwa mwahisemwo kurungikira coach wanyu bwonyene ni bwo bubikwa, nk'uko vyavuzwe haruguru.

    <b>Igihe bibikwa</b>
    { $retention }

    <b>Ababibona</b>
    Mwebwe, mukoresheje /mydata. Abakozi batuma bot ikora ({ -bot-operator }) barashobora kubona amakuru abitswe iyo bariko barakora kuri bot. Ivyanditswe vya tekinike vya bot (journaux) ntibigera bigumamwo ivyo mwandika, izina ryanyu canke inomero ya telefone yanyu.

    <b>Ingene mwobifuta</b>
    /forget ifuta ivyo bot ibika vyose kuri mwebwe, icarimwe.
privacy-notice-member = • Ururimi rwanyu n'amatariki y'ubutumwa bwanyu bwa mbere n'ubwa nyuma: kugira ngo tubandikire mu rurimi rwanyu, no gufuta amakuru yanyu igihe mutagikoresha bot.
privacy-notice-inbox = • Ivyo murungika, gushika bot ibishuye (akanya gato; birenga iyo bot yari yahagaze): hanyuma inyandiko yabyo irafutwa. Nta muntu abisoma aho.
privacy-retention-inactive = • Nimumara imisi { $days } mutandikira bot, ivyo ibika vyose kuri mwebwe birafutwa.

## /mydata

privacy-mydata-title = <b>Ivyo bot ibika kuri mwebwe</b>
privacy-mydata-nothing = Bot nta na kimwe ibika kuri mwebwe.
privacy-mydata-language = Ururimi: { $language }
privacy-mydata-first-seen = Ubutumwa bwa mbere: { $date }
privacy-mydata-last-seen = Ubutumwa bwa nyuma: { $date }
privacy-mydata-see-file = { $section }: murabe idosiye iri munsi.
privacy-mydata-file = Idosiye iri munsi irimwo ivyo nyene, mu buryo bushobora gusomwa na mudasobwa (JSON).
privacy-mydata-too-long = Hari ibintu vyinshi cane vyo kwerekana ng'aha: vyose biri mu dosiye iri munsi.
privacy-mydata-caption = Ivyo bot ibika vyose kuri mwebwe

## /forget

privacy-forget-confirm =
    <b>Gufuta amakuru yanyu yose?</b>
    Bot izokwibagira ururimi rwanyu n'ibindi vyose ibika kuri mwebwe. Ntibishoboka gusubira inyuma.
    Nimwongera kwandika mu nyuma, bot izotangura bushasha.
privacy-forget-yes = 🗑 Gufuta vyose
privacy-forget-no = Hagarika
privacy-forget-done = ✅ Amakuru yanyu yafuswe. Bot ntikibazi.
privacy-forget-cancelled = Nta na kimwe cafuswe.
privacy-forget-expired = Aka kabuto ni akakera cane. Mwongere murungike /forget nimba mushaka gufuta amakuru yanyu.

## Ubutumwa bwinshi, imigwi, ingorane zo kubika

privacy-slow-down-tap = Akanya gato, turabasavye: musubire gufyonda mu masegonda makeya.
privacy-private-only = Iyi bot ikora gusa mu kiganiro c'abantu babiri, kugira ngo ibanga rya buri muryango rikingirwe. Ndava muri uyu mugwi. Mwandikire jewe nyene: @{ $bot }
privacy-storage-busy = Mutubabarire, sinashoboye kubika ivyo ubu. Mwongere mugerageze haciye umunota umwe, turabasavye.

## Urutonde rw'amategeko Telegram yerekana (rugufi, ata HTML)

command-privacy = Amakuru yanyu: ibibikwa n'igituma
command-mydata = Kuronka kopi y'amakuru yanyu
command-forget = Gufuta amakuru yanyu

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • Nimba coach wanyu yabahuje n'urugo (ménage): izina ryarwo rigufi, inomero yanyu mu rugo, rendez-vous zanyu n'inyishu zanyu. Coach wanyu n'abahuza ba coach (coordinateurs) barabibona; bikoreshwa mu kubarungikira rendez-vous zanyu.
privacy-retention-appointments = • Rendez-vous zifutwa imisi { $days } inyuma y'uko ziba.
privacy-mydata-household = Urugo: { $label } · coach: { $coach }

# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Vie privée: oyo bot ebombaka mpo na moto, copie na yango (/mydata), kolongola (/forget),
# ba message ebele oyo etindami noki-noki mpe ba groupes. HTML ya Telegram kaka.
# Bot nde etondisaka { $... }.

## /privacy
# $stored: molongo moko mpo na ndenge moko na moko ya ba données. $retention: molongo moko mpo na ntango moko na moko.
privacy-text =
    <b>🔒 Ba données na bino na bot oyo</b>

    <b>Oyo bot ebombaka, mpe mpo na nini</b>
    { $stored }
    Bot ebombaka te kombo na bino, numéro ya telefone na bino, ba photo to ba fichiers na bino, to makomi oyo bokomelaka yango. Etangaka oyo bokomaka kaka mpo na kozongisa eyano.
    Kaka message oyo bino moko boponi kotindela coach na bino nde ebombamaka, ndenge elobami likolo.

    <b>Mpo na ntango boni</b>
    { $retention }

    <b>Nani akoki komona yango</b>
    Bino moko, na /mydata. Ekipi oyo etambwisaka bot ({ -bot-operator }) ekoki komona ba données oyo ebombami ntango ezali kobongisa bot. Ba journaux techniques ya bot ezalaka ata mokolo moko te na oyo bokomaka, kombo na bino to numéro ya telefone na bino.

    <b>Ndenge ya kolongola yango</b>
    /forget elongolaka nyonso oyo bot ebombi mpo na bino, mbala moko.
privacy-notice-member = • Monoko na bino mpe ba dates ya message na bino ya liboso mpe ya suka: mpo na kokomela bino na monoko na bino, mpe mpo na kolongola ba données na bino ntango bokosalela bot lisusu te.
privacy-notice-inbox = • Oyo botindaka, tii bot ezongisa eyano (mwa ntango moke; koleka soki bot etelemaki): sima, makomi na yango elongolamaka. Moto moko te atangaka yango wana.
privacy-retention-inactive = • Soki bokomeli bot te na boumeli ya mikolo { $days }, nyonso oyo ebombi mpo na bino ekolongolama.

## /mydata

privacy-mydata-title = <b>Oyo bot ebombi mpo na bino</b>
privacy-mydata-nothing = Bot ebombi eloko moko te mpo na bino.
privacy-mydata-language = Monoko: { $language }
privacy-mydata-first-seen = Message ya liboso: { $date }
privacy-mydata-last-seen = Message ya suka: { $date }
privacy-mydata-see-file = { $section }: botala fichier oyo ezali awa na se.
privacy-mydata-file = Fichier oyo ezali awa na se ezali na makambo yango moko, na ndenge oyo ordinateur ekoki kotanga (JSON).
privacy-mydata-too-long = Makambo ezali ebele mingi mpo na kolakisa awa: nyonso ezali na fichier oyo ezali awa na se.
privacy-mydata-caption = Nyonso oyo bot ebombi mpo na bino

## /forget

privacy-forget-confirm =
    <b>Kolongola ba données na bino nyonso?</b>
    Bot ekobosana monoko na bino mpe nyonso mosusu oyo ebombi mpo na bino. Bokoki kozonga sima te.
    Soki bokomi lisusu nsima, bot ekobanda lisusu na ebandeli.
privacy-forget-yes = 🗑 Kolongola nyonso
privacy-forget-no = Tika
privacy-forget-done = ✅ Ba données na bino elongolami. Bot eyebi bino lisusu te.
privacy-forget-cancelled = Eloko moko te elongolami.
privacy-forget-expired = Bouton oyo ezali ya kala mingi. Botinda lisusu /forget soki bolingi kolongola ba données na bino.

## Ba message ebele, ba groupes, mikakatano ya kobomba

privacy-slow-down-tap = Mwa ntango moke, bolimbisa: bofina lisusu sima ya ba secondes moke.
privacy-private-only = Bot oyo esalaka kaka na lisolo ya bato mibale (conversation privée), mpo na kobatela vie privée ya libota moko na moko. Nabimi na groupe oyo. Bokomela ngai directement: @{ $bot }
privacy-storage-busy = Bolimbisa, nakokaki kobomba yango sikoyo te. Bomeka lisusu nsima ya miniti moko.

## Liste ya ba commandes oyo Telegram elakisaka (mokuse, HTML te)

command-privacy = Ba données na bino: oyo ebombami mpe mpo na nini
command-mydata = Kozwa copie ya ba données na bino
command-forget = Kolongola ba données na bino

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • Soki coach na bino akangisi bino na ménage moko: kombo na yango ya mokuse, numéro na bino ya membre, ba rendez-vous na bino mpe biyano na bino. Coach na bino mpe ba coordinateurs bamonaka yango; esalisaka mpo na kotindela bino ba rendez-vous na bino.
privacy-retention-appointments = • Ba rendez-vous elongolamaka mikolo { $days } nsima ya mokolo ya rendez-vous.
privacy-mydata-household = Ménage: { $label } · coach: { $coach }

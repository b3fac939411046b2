# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Privatësia: çfarë ruan boti për një person, kopja e tij (/mydata), fshirja (/forget),
# kontrolli i mesazheve të shpejta dhe grupet. Vetëm HTML i Telegram. Vlerat { $... } i plotëson boti.

## /privacy
# $stored: një rresht për çdo lloj të dhënash. $retention: një rresht për çdo afat ruajtjeje.
privacy-text =
    <b>🔒 Të dhënat tuaja në këtë bot</b>

    <b>Çfarë ruan boti dhe pse</b>
    { $stored }
    Boti nuk ruan emrin tuaj, numrin tuaj të telefonit, fotot ose skedarët tuaj, as tekstin që i shkruani. Ai e lexon atë që shkruani vetëm për t'ju përgjigjur.
    Ruhet vetëm një mesazh që zgjidhni t'ia dërgoni coach-it tuaj, siç shkruhet më lart.

    <b>Për sa kohë</b>
    { $retention }

    <b>Kush mund t'i shohë</b>
    Ju, me /mydata. Ekipi që drejton botin ({ -bot-operator }) mund t'i shohë të dhënat e ruajtura kur mirëmban botin. Regjistrat teknikë të botit nuk përmbajnë kurrë atë që shkruani, emrin tuaj ose numrin tuaj të telefonit.

    <b>Si t'i fshini</b>
    /forget fshin njëherësh gjithçka që boti ruan për ju.
privacy-notice-member = • Gjuha juaj dhe datat e mesazhit tuaj të parë dhe të fundit: për t'ju shkruar në gjuhën tuaj dhe për të fshirë të dhënat tuaja kur nuk e përdorni më botin.
privacy-notice-inbox = • Ajo që dërgoni, derisa boti t'i përgjigjet (një çast; më gjatë nëse boti ishte ndalur): pastaj teksti fshihet. Askush nuk e lexon atje.
privacy-retention-inactive = • Nëse nuk i shkruani botit për { $days } ditë, gjithçka që ai ruan për ju fshihet.

## /mydata

privacy-mydata-title = <b>Çfarë ruan boti për ju</b>
privacy-mydata-nothing = Boti nuk ruan asgjë për ju.
privacy-mydata-language = Gjuha: { $language }
privacy-mydata-first-seen = Mesazhi i parë: { $date }
privacy-mydata-last-seen = Mesazhi i fundit: { $date }
privacy-mydata-see-file = { $section }: shihni skedarin më poshtë.
privacy-mydata-file = Skedari më poshtë përmban të njëjtat gjëra, në një format që kompjuteri mund ta lexojë (JSON).
privacy-mydata-too-long = Ka shumë gjëra për t'u shfaqur këtu: gjithçka është në skedarin më poshtë.
privacy-mydata-caption = Gjithçka që boti ruan për ju

## /forget

privacy-forget-confirm =
    <b>T'i fshijmë të gjitha të dhënat tuaja?</b>
    Boti do ta harrojë gjuhën tuaj dhe gjithçka tjetër që ruan për ju. Kjo nuk mund të zhbëhet.
    Nëse shkruani përsëri më vonë, boti fillon nga e para.
privacy-forget-yes = 🗑 Fshiji të gjitha
privacy-forget-no = Anulo
privacy-forget-done = ✅ Të dhënat tuaja u fshinë. Boti nuk ju njeh më.
privacy-forget-cancelled = Nuk u fshi asgjë.
privacy-forget-expired = Ky buton është shumë i vjetër. Dërgoni përsëri /forget nëse doni të fshini të dhënat tuaja.

## Mesazhe shumë të shpejta, grupe, probleme me ruajtjen

privacy-slow-down-tap = Një çast, ju lutem: shtypni përsëri pas disa sekondash.
privacy-private-only = Ky bot funksionon vetëm në bisedë private, për të mbrojtur privatësinë e çdo familjeje. Po e lë këtë grup. Më shkruani drejtpërdrejt: @{ $bot }
privacy-storage-busy = Na vjen keq, nuk munda ta ruaj këtë tani. Ju lutem, provoni përsëri pas një minute.

## Lista e komandave që tregon Telegram (e shkurtër, pa HTML)

command-privacy = Të dhënat tuaja: çfarë ruhet dhe pse
command-mydata = Merr një kopje të të dhënave tuaja
command-forget = Fshi të dhënat tuaja

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • Nëse coach-i ju lidhi me një familje: emri i saj i shkurtër, numri juaj i anëtarit, takimet dhe përgjigjet tuaja. I shohin coach-i juaj dhe koordinatorët; duhen për t'ju dërguar takimet tuaja.
privacy-retention-appointments = • Takimet fshihen { $days } ditë pasi kanë ndodhur.
privacy-mydata-household = Familja: { $label } · coach-i: { $coach }

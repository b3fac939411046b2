# Pagina's voorgelezen door mensen: wat stemmen en coördinatoren zien. Nog niet nagelezen door een persoon.
# Alleen Telegram-HTML. De waarden { $... } vult de bot in.

recordings-voice-welcome =
    Welkom, { $name }. U leest pagina's voor in: { $languages }.
    Stuur /record om de pagina's te zien en er een in te spreken. Iemand anders die de taal leest, luistert voordat gezinnen het horen.
recordings-invite-invalid = Deze uitnodiging als stem is niet geldig (al gebruikt of verlopen). Vraag de coördinatie om een nieuwe.
recordings-not-allowed = Dat kunt u niet doen.
recordings-choose-language = In welke taal wilt u inspreken?
recordings-page-list =
    <b>Pagina's in het { $language }</b>
    ⚪ niet ingesproken · 🟡 wacht op goedkeuring · 🟢 goedgekeurd · 🟠 de tekst is veranderd, opnieuw inspreken
recordings-read-this =
    <b>Lees deze pagina voor: { $title } ({ $language })</b>
    { $state ->
        [approved] Er is al een goedgekeurde opname; een nieuwe vervangt die zodra ze is goedgekeurd.
        [recorded] Er wacht een opname op goedkeuring; u kunt een nieuwe sturen.
        [stale] De tekst is veranderd sinds de laatste opname: lees hem opnieuw voor.
       *[none] Er is nog geen opname.
    }
    Lees de tekst hieronder precies zoals hij er staat en stuur dan een spraakbericht (hoogstens { $minutes } minuten).
recordings-back-button = ⬅️ Alle pagina's
recordings-list-button = 📋 Alle pagina's
recordings-stored = Dank u. Uw opname van “{ $title }” is bewaard en ter goedkeuring gestuurd.
recordings-stored-nobody = Dank u. Uw opname van “{ $title }” is bewaard. Niemand kan ze nog goedkeuren: laat het de coördinatie weten.
recordings-refused-too-long = Deze opname is te lang: hoogstens { $minutes } minuten. Lees de pagina opnieuw en stuur een korter spraakbericht. Er is niets bewaard.
recordings-refused-video = Een videobericht kan geen opname zijn. Stuur een spraakbericht (houd de microfoonknop ingedrukt). Er is niets bewaard.
recordings-refused-not-audio = Alleen een spraakbericht, of een OGG- of MP3-bestand, kan een opname zijn. Stuur een spraakbericht. Er is niets bewaard.
recordings-refused-unreadable = Telegram vindt dit bestand niet. Neem het spraakbericht opnieuw op en stuur het. Er is niets bewaard.
recordings-approve-ask =
    <b>Nieuwe opname om na te kijken</b>: “{ $title }” in het { $language }, { $seconds } seconden, voorgelezen door { $name }.
    Luister: zegt ze precies wat de pagina zegt, duidelijk?
recordings-approve-button = ✅ Goedkeuren
recordings-redo-button = 🔁 Opnieuw doen
recordings-decided-approved = Goedgekeurd: gezinnen die “{ $title }” lezen, kunnen ze nu beluisteren.
recordings-decided-redo = Teruggestuurd: de stem wordt gevraagd “{ $title }” opnieuw in te spreken.
recordings-already-decided = Iemand heeft al over deze opname beslist.
recordings-told-approved = Uw opname van “{ $title }” is goedgekeurd: gezinnen kunnen ze nu beluisteren.
recordings-told-redo = Uw opname van “{ $title }” moet opnieuw. Stuur /record om ze nog eens voor te lezen.
recordings-mydata-title = <b>Pagina's voorlezen</b>
recordings-mydata-voice = U bent een stem: { $name }, voor { $languages }.
recordings-mydata-item = • { $page } in het { $language }: { $seconds } seconden ({ $state })
recordings-studio-uploaded = <b>Studio-opname nu online</b>: “{ $title }” in het { $language }, voorgelezen door { $name }, goedgekeurd door { $approver } (content/audio.toml). Gezinnen kunnen ze beluisteren.

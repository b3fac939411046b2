# Wat coördinatoren lezen over wijzigingen aan de inhoud (personeel: fr, nl, en).

staff-content-refused =
    ⚠️ <b>De gewijzigde inhoud werd niet geladen</b>: { $count ->
        [one] 1 fout
       *[other] { $count } fouten
    }. Gezinnen lezen nog de vorige versie.
    { $problems }
    Verbeter de bestanden (of voer <code>family-bot content check</code> uit) en stuur dan /reload.
staff-content-loaded = ✅ De gewijzigde inhoud is geladen: gezinnen lezen ze vanaf nu.
staff-content-unchanged = Er is niets veranderd sinds het laatste laden.

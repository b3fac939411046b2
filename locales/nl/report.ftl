# Evaluatierapport, gevraagd door een coördinator met /report. Alleen Telegram-HTML.
# $from, $to: de datums van de periode, al opgemaakt.

report-not-allowed = Deze opdracht is alleen voor coördinatoren.
report-choose =
    <b>Evaluatierapport</b>
    Welke periode moet het beslaan? Het bevat alleen tellingen: getallen onder 5 worden verborgen en geen enkel gezin is herkenbaar.
report-last-four-weeks = Laatste 4 weken ({ $from } – { $to })
report-last-quarter = Vorig kwartaal ({ $from } – { $to })
report-ready = Hier is het rapport van { $from } tot { $to }: een HTML-bestand dat in elke browser opent.
report-expired = Deze keuze geldt niet meer. Stuur /report om opnieuw te beginnen.

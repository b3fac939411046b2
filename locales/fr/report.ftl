# Rapport d'évaluation, demandé par un coordinateur avec /report. Telegram HTML seulement.
# $from, $to : les dates de la période, déjà mises en forme.

report-not-allowed = Cette commande est réservée aux coordinateurs et coordinatrices.
report-choose =
    <b>Rapport d'évaluation</b>
    Quelle période doit-il couvrir ? Il ne contient que des comptages : les nombres sous 5 sont masqués et aucune famille ne peut être reconnue.
report-last-four-weeks = 4 dernières semaines ({ $from } – { $to })
report-last-quarter = Dernier trimestre ({ $from } – { $to })
report-ready = Voici le rapport du { $from } au { $to } : un fichier HTML qui s'ouvre dans n'importe quel navigateur.
report-expired = Ce choix n'est plus valable. Envoyez /report pour recommencer.

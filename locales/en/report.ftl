# Evaluation report, asked for by a coordinator with /report. Telegram HTML only.
# $from, $to: the dates of the period, already formatted.

report-not-allowed = This command is for coordinators only.
report-choose =
    <b>Evaluation report</b>
    Which period should it cover? It holds counts only: numbers under 5 are hidden and no family can be recognised.
report-last-four-weeks = Last 4 weeks ({ $from } – { $to })
report-last-quarter = Last quarter ({ $from } – { $to })
report-ready = Here is the report from { $from } to { $to }: an HTML file that opens in any browser.
report-expired = This choice is no longer valid. Send /report to start again.

# Pages read aloud by people: what voices and coordinators see. Not reviewed by a person yet.
# Telegram HTML only. { $... } values are filled in by the bot.

recordings-voice-welcome =
    Welcome, { $name }. You read pages aloud in: { $languages }.
    Send /record to see the pages and record one. Another person who reads the language will listen before families hear it.
recordings-invite-invalid = This voice invite is not valid (already used, or expired). Ask the coordinator for a new one.
recordings-not-allowed = You cannot do this.
recordings-choose-language = Which language do you want to record in?
recordings-page-list =
    <b>Pages in { $language }</b>
    ⚪ not recorded · 🟡 waiting for approval · 🟢 approved · 🟠 the text changed, to record again
recordings-read-this =
    <b>Read this page aloud: { $title } ({ $language })</b>
    { $state ->
        [approved] It already has an approved recording; a new one replaces it once approved.
        [recorded] A recording is waiting for approval; you can send a new one.
        [stale] The text changed since the last recording: please read it again.
       *[none] It has no recording yet.
    }
    Read the text below exactly as written, then send a voice note (at most { $minutes } minutes).
recordings-back-button = ⬅️ All pages
recordings-list-button = 📋 All pages
recordings-stored = Thank you. Your recording of “{ $title }” is saved and sent for approval.
recordings-stored-nobody = Thank you. Your recording of “{ $title }” is saved. Nobody can approve it yet: ask the coordinator.
recordings-refused-too-long = This recording is too long: at most { $minutes } minutes. Please read the page again and send a shorter voice note. Nothing was saved.
recordings-refused-video = A video message cannot be a recording. Please send a voice note (hold the microphone button). Nothing was saved.
recordings-refused-not-audio = Only a voice note, or an OGG or MP3 audio file, can be a recording. Please send a voice note. Nothing was saved.
recordings-refused-unreadable = Telegram could not find this file. Please record the voice note again and send it. Nothing was saved.
recordings-approve-ask =
    <b>New recording to check</b>: “{ $title }” in { $language }, { $seconds } seconds, read by { $name }.
    Listen: does it say exactly what the page says, clearly?
recordings-approve-button = ✅ Approve
recordings-redo-button = 🔁 To redo
recordings-decided-approved = Approved: families who read “{ $title }” can now listen to it.
recordings-decided-redo = Sent back: the voice is asked to record “{ $title }” again.
recordings-already-decided = Someone has already decided on this recording.
recordings-told-approved = Your recording of “{ $title }” was approved: families can listen to it now.
recordings-told-redo = Your recording of “{ $title }” needs to be done again. Send /record to read it once more.
recordings-mydata-title = <b>Reading pages aloud</b>
recordings-mydata-voice = You are a voice: { $name }, for { $languages }.
recordings-mydata-item = • { $page } in { $language }: { $seconds } seconds ({ $state })
recordings-studio-uploaded = <b>Studio recording now live</b>: “{ $title }” in { $language }, read by { $name }, approved by { $approver } (content/audio.toml). Families can listen to it.

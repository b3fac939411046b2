# Privacy: what the bot keeps about a person, their copy (/mydata), erasure (/forget),
# flood control and groups. Telegram HTML only. Values in { $... } are filled in by the bot.

## /privacy
# $stored: one line per kind of data (privacy-notice-* below, and those of other features).
# $retention: one line per retention period (privacy-retention-* and those of other features).
privacy-text =
    <b>🔒 Your data in this bot</b>

    <b>What the bot keeps, and why</b>
    { $stored }
    The bot does not keep your name, your phone number, your photos or files, or the text you type to it. It reads what you type only to answer.
    Only a message you choose to send to your coach is kept, as listed above.

    <b>For how long</b>
    { $retention }

    <b>Who can see it</b>
    You, with /mydata. The team that runs the bot ({ -bot-operator }) can see the stored data when it maintains the bot. The bot's technical logs never contain what you write, your name or your phone number.

    <b>How to delete it</b>
    /forget deletes everything the bot keeps about you, at once.
privacy-notice-member = • Your language and the dates of your first and last message: to write to you in your language, and to delete your data when you stop using the bot.
privacy-notice-inbox = • What you send, until the bot has answered it (a moment; longer if the bot was stopped): then its text is deleted. Nobody reads it there.
privacy-retention-inactive = • If you do not write to the bot for { $days } days, everything it keeps about you is deleted.

## /mydata

privacy-mydata-title = <b>What the bot keeps about you</b>
privacy-mydata-nothing = The bot keeps nothing about you.
privacy-mydata-language = Language: { $language }
privacy-mydata-first-seen = First message: { $date }
privacy-mydata-last-seen = Last message: { $date }
privacy-mydata-see-file = { $section }: see the file below.
privacy-mydata-file = The file below holds the same, in a format computers can read (JSON).
privacy-mydata-too-long = There is too much to show here: everything is in the file below.
privacy-mydata-caption = Everything the bot keeps about you

## /forget

privacy-forget-confirm =
    <b>Delete all your data?</b>
    The bot will forget your language and everything else it keeps about you. This cannot be undone.
    If you write again later, the bot starts again from the beginning.
privacy-forget-yes = 🗑 Delete everything
privacy-forget-no = Cancel
privacy-forget-done = ✅ Your data has been deleted. The bot no longer knows you.
privacy-forget-cancelled = Nothing was deleted.
privacy-forget-expired = This button is too old. Send /forget again if you want to delete your data.

## Flood control, groups, storage problems

privacy-slow-down-tap = One moment, please: tap again in a few seconds.
privacy-private-only = This bot only works in a private chat, to protect each family's privacy. I am leaving this group. Write to me directly: @{ $bot }
privacy-storage-busy = Sorry, I could not save that just now. Please try again in a minute.

## Command list shown by Telegram (short, no HTML)

command-privacy = Your data: what is kept and why
command-mydata = Get a copy of your data
command-forget = Delete your data

## Households and appointments (the coach's part of the bot)

privacy-notice-household = • If your coach linked you to a household: its short name, your member number, your appointments and your answers. Your coach and the coordinators see them; they are needed to send you your appointments.
privacy-retention-appointments = • Appointments are deleted { $days } days after they took place.
privacy-mydata-household = Household: { $label } · coach: { $coach }

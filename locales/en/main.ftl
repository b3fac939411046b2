# Interface texts of family_bot. Telegram HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.
# Values in { $... } are filled in by the bot; keep their names exactly.

-bot-operator = an independent organisation that supports families, not the Immigration Office

## Language

# Shown in the language picker, one line per language, each in its own language.
language-picker-prompt = Choose your language
language-changed = ✅ From now on I will write to you in English.
language-button = 🌐 Language

## Welcome

welcome-text =
    <b>Welcome.</b>
    This bot gives you information about life in the return house, your rights and your options.
    It is run by { -bot-operator }.

    • It gives information. It does not decide anything about your file.
    • It stores only your language and what you choose to send.
    • If you send a message to your coach, your coach reads it. The coach works for the Immigration Office.

    Choose a subject below. You can write /menu at any time.

## Menu and pages

menu-text =
    <b>Menu</b>
    Choose a subject:
menu-button = ☰ Menu
nav-back = ◀ Back
page-unreviewed = <i>⚠ This text has not yet been checked by a person.</i>
page-in-other-language = <i>This page is not yet translated into your language: it is shown in { $language }.</i>
page-checked = <i>Information checked on { $date }.</i>

## Help

help-text =
    <b>Help</b>
    • Tap a button to open a subject.
    • Or type your question in your own words: I show you the page of information that answers it.
    • /menu shows the list of subjects.
    • /language changes the language.
    • /appointments shows your appointments.
    • /privacy says what the bot keeps; /forget deletes it.
    • /start shows the welcome message again.

    If you are in danger, call <b>112</b>.

## Everything else

fallback-media =
    I can only read text and buttons.
    Please choose a subject in the menu.
fallback-unknown-command =
    I do not know the command { $command }.
    Try /menu or /help.
fallback-stale-button = This button is no longer active. Here is the menu.
error-generic = Sorry, something went wrong. Please try again, or write /menu.

## Command list shown by Telegram (short, no HTML)

command-start = Welcome message
command-menu = Show the subjects
command-language = Change the language
command-help = How this bot works

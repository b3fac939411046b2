# Typed questions: the bot finds the checked page that answers; it never writes an answer itself.
# Telegram HTML: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.

questions-did-it-help = Did this answer your question?
questions-yes = 👍 Yes
questions-no = 👎 No
questions-thanks =
    Thank you. You can write another question at any time, or type /menu.
questions-choose =
    Several subjects may answer your question.
    Which one do you want to open?
questions-not-found =
    I did not find an answer to your question in the checked information.
    I would rather tell you than guess.
questions-not-helped =
    Sorry, this page did not answer your question.
    I have no other checked answer.
questions-coach-offer =
    Your coach can also help: ask your coach when you see them.
    Soon you will be able to send your question to your coach through this bot.
    The coach works for the Immigration Office. For your defence, talk to your lawyer.

    Or choose a subject below:

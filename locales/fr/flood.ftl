# Contrôle du débit : quelqu'un qui envoie beaucoup de messages très vite est ralenti, jamais
# ignoré. Textes pas encore relus par une personne.

# Au premier message au-delà de la limite : tous seront lus et auront une réponse.
flood-slow-down = Vous envoyez beaucoup de messages très vite. Je les lis tous et je réponds dans un instant. Écrivez un peu plus lentement, s'il vous plaît.
# Avant la réponse au dernier d'une série de messages trop rapides, qui les couvre tous.
flood-read-all = J'ai lu tous les messages que vous avez envoyés à la suite. Voici la réponse au dernier.

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>Masquer</translation>
        </message>
    </context>
    <context>
        <name>Dialog</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Group</name>
        <message>
            <source>%1 (%2 participants)</source>
            <translation>%1 (%2 participants)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Ajouter un participant</translation>
        </message>
        <message>
            <source>Create a session first.</source>
            <translation>Créez d’abord une session.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Supprimer la session</translation>
        </message>
        <message>
            <source>Delete session…</source>
            <translation>Supprimer la session…</translation>
        </message>
        <message>
            <source>Delete the session “%1”?</source>
            <translation>Supprimer la session « %1 » ?</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Export summary</source>
            <translation>Exporter le résumé</translation>
        </message>
        <message>
            <source>Export summary (CSV)…</source>
            <translation>Exporter le résumé (CSV)…</translation>
        </message>
        <message>
            <source>Group session</source>
            <translation>Session de groupe</translation>
        </message>
        <message>
            <source>Group session: %1</source>
            <translation>Session de groupe : %1</translation>
        </message>
        <message>
            <source>Its participants and their ticks are removed from this computer.</source>
            <translation>Ses participants et leurs coches sont supprimés de cet ordinateur.</translation>
        </message>
        <message>
            <source>Name of a new session, e.g. Tuesday group</source>
            <translation>Nom d’une nouvelle session, par ex. groupe du mardi</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nouvelle session</translation>
        </message>
        <message>
            <source>Pseudonym of a participant</source>
            <translation>Pseudonyme d’un participant</translation>
        </message>
        <message>
            <source>Someone in this session already has that pseudonym.</source>
            <translation>Quelqu’un dans cette session a déjà ce pseudonyme.</translation>
        </message>
        <message>
            <source>Summary written to %1 (counts only, no names).</source>
            <translation>Résumé écrit dans %1 (des nombres seulement, aucun nom).</translation>
        </message>
        <message>
            <source>That pseudonym is too long: keep it short.</source>
            <translation>Ce pseudonyme est trop long : gardez-le court.</translation>
        </message>
        <message>
            <source>The saved group sessions could not be used (damaged, or from a newer version of Karpear). They were moved aside, not deleted; this window starts without them.</source>
            <translation>Les sessions de groupe enregistrées n’ont pas pu être utilisées (abîmées, ou d’une version plus récente de Karpear). Elles ont été mises de côté, pas supprimées ; cette fenêtre démarre sans elles.</translation>
        </message>
        <message>
            <source>The summary could not be written to %1: %2</source>
            <translation>Le résumé n’a pas pu être écrit dans %1 : %2</translation>
        </message>
        <message>
            <source>This step was updated since it was ticked.</source>
            <translation>Cette étape a été mise à jour depuis qu’elle a été cochée.</translation>
        </message>
        <message>
            <source>Type a pseudonym first.</source>
            <translation>Tapez d’abord un pseudonyme.</translation>
        </message>
        <message>
            <source>Use pseudonyms or initials, never real names: whoever takes this computer could read the list.</source>
            <translation>Utilisez des pseudonymes ou des initiales, jamais de vrais noms : quiconque prend cet ordinateur pourrait lire la liste.</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Guides</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>%1 of %2 steps done</source>
            <translation>%1 étapes faites sur %2</translation>
        </message>
        <message>
            <source>Draft translation: no native speaker has reviewed this language yet. If something is unclear, compare with the English version.</source>
            <translation>Traduction provisoire : personne de langue maternelle ne l'a encore relue. Si quelque chose n'est pas clair, comparez avec la version anglaise.</translation>
        </message>
        <message>
            <source>Last reviewed: %1</source>
            <translation>Dernière vérification : %1</translation>
        </message>
        <message>
            <source>No guide could be loaded.</source>
            <translation>Aucun guide n'a pu être chargé.</translation>
        </message>
        <message>
            <source>No steps in this guide for this device.</source>
            <translation>Ce guide n'a aucune étape pour cet appareil.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Showing the steps for %1 (%2 other steps hidden).</source>
            <translation>Étapes pour %1 seulement (%2 autres étapes masquées).</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>A PDF to print for a group: every step with a box to tick with a pen, and the official links as text and as QR codes.</source>
            <translation>Un PDF à imprimer pour un groupe : chaque étape avec une case à cocher au stylo, et les liens officiels en texte et en QR codes.</translation>
        </message>
        <message>
            <source>Advice reviewed on %1.</source>
            <translation>Conseils vérifiés le %1.</translation>
        </message>
        <message>
            <source>Draft translation, not yet reviewed by a native speaker.</source>
            <translation>Traduction provisoire, pas encore relue par une personne dont c’est la langue maternelle.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
        <message>
            <source>Handout saved: %1 (%2 pages).</source>
            <translation>Fiche enregistrée : %1 (%2 pages).</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>Not from Karpear: this guide was added on the computer that printed it, and nobody at Karpear has reviewed its advice.</source>
            <translation>Ne vient pas de Karpear : ce guide a été ajouté sur l’ordinateur qui l’a imprimé, et personne chez Karpear n’a vérifié ses conseils.</translation>
        </message>
        <message>
            <source>Nothing (one language)</source>
            <translation>Rien (une seule langue)</translation>
        </message>
        <message>
            <source>Official links of %1: given earlier.</source>
            <translation>Liens officiels de %1 : donnés plus haut.</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>Imprimer une fiche</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>Enregistrer la fiche</translation>
        </message>
        <message>
            <source>Side by side with</source>
            <translation>À côté de</translation>
        </message>
        <message>
            <source>The handout could not be saved to %1: %2</source>
            <translation>La fiche n’a pas pu être enregistrée dans %1 : %2</translation>
        </message>
        <message>
            <source>Translation reviewed by %1.</source>
            <translation>Traduction relue par %1.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1, ligne %2 : %3</translation>
        </message>
        <message>
            <source>APK file</source>
            <translation>fichier APK</translation>
        </message>
        <message>
            <source>Android</source>
            <translation>Android</translation>
        </message>
        <message>
            <source>App Store</source>
            <translation>App Store</translation>
        </message>
        <message>
            <source>Discontinued: do not use</source>
            <translation>Abandonné : ne pas utiliser</translation>
        </message>
        <message>
            <source>F-Droid</source>
            <translation>F-Droid</translation>
        </message>
        <message>
            <source>Get it for %1</source>
            <translation>Obtenir pour %1</translation>
        </message>
        <message>
            <source>Google Play</source>
            <translation>Google Play</translation>
        </message>
        <message>
            <source>Linux</source>
            <translation>Linux</translation>
        </message>
        <message>
            <source>Open in your browser</source>
            <translation>Ouvrir dans le navigateur</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Recommandé</translation>
        </message>
        <message>
            <source>Use with caution</source>
            <translation>À utiliser avec prudence</translation>
        </message>
        <message>
            <source>Web browser</source>
            <translation>Navigateur web</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>Windows</translation>
        </message>
        <message>
            <source>app store</source>
            <translation>magasin d'applications</translation>
        </message>
        <message>
            <source>iPhone</source>
            <translation>iPhone</translation>
        </message>
        <message>
            <source>macOS</source>
            <translation>macOS</translation>
        </message>
        <message>
            <source>official site</source>
            <translation>site officiel</translation>
        </message>
        <message>
            <source>website</source>
            <translation>site web</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>%1 is not one of the official websites listed for this. It may be a fake site.</source>
            <translation>%1 ne fait pas partie des sites officiels prévus ici. Il peut s'agir d'un faux site.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>APK signing certificate (SHA-256):</source>
            <translation>Certificat de signature de l'APK (SHA-256) :</translation>
        </message>
        <message>
            <source>Address copied</source>
            <translation>Adresse copiée</translation>
        </message>
        <message>
            <source>App ID (package name):</source>
            <translation>Identifiant de l'application (nom du paquet) :</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Check that you have the real app</source>
            <translation>Vérifiez que vous avez la vraie application</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Copier l'adresse</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>Full address (check that it is exactly this):</source>
            <translation>Adresse complète (vérifiez qu'elle est exactement celle-ci) :</translation>
        </message>
        <message>
            <source>If someone sent you this guide with this link, be careful: it may have been changed.</source>
            <translation>Si quelqu'un vous a envoyé ce guide avec ce lien, méfiez-vous : il a peut-être été modifié.</translation>
        </message>
        <message>
            <source>Karpear does not open your email program. Copy the address and write from an account you trust.</source>
            <translation>Karpear n'ouvre pas votre logiciel de messagerie. Copiez l'adresse et écrivez depuis un compte de confiance.</translation>
        </message>
        <message>
            <source>Karpear never goes online itself. If you continue, your web browser opens this address.</source>
            <translation>Karpear ne se connecte jamais lui-même à Internet. Si vous continuez, votre navigateur ouvrira cette adresse.</translation>
        </message>
        <message>
            <source>Karpear only opens secure (https) addresses of official websites. This one is not.</source>
            <translation>Karpear n'ouvre que les adresses sécurisées (https) des sites officiels. Celle-ci n'en est pas une.</translation>
        </message>
        <message>
            <source>Link blocked</source>
            <translation>Lien bloqué</translation>
        </message>
        <message>
            <source>No web browser could be started on this computer. Copy the address and paste it into a web browser yourself, or type it on your phone.</source>
            <translation>Aucun navigateur web n'a pu être lancé sur cet ordinateur. Copiez l'adresse et collez-la vous-même dans un navigateur web, ou tapez-la sur votre téléphone.</translation>
        </message>
        <message>
            <source>Official website of %1</source>
            <translation>Site officiel de %1</translation>
        </message>
        <message>
            <source>Open a link</source>
            <translation>Ouvrir un lien</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>Ouvrir dans le navigateur</translation>
        </message>
        <message>
            <source>Open this link?</source>
            <translation>Ouvrir ce lien ?</translation>
        </message>
        <message>
            <source>PGP key fingerprint:</source>
            <translation>Empreinte de la clé PGP :</translation>
        </message>
        <message>
            <source>QR code of the address</source>
            <translation>Code QR de l'adresse</translation>
        </message>
        <message>
            <source>Scan with your phone's camera to open the same address on the phone.</source>
            <translation>Scannez avec l'appareil photo de votre téléphone pour ouvrir la même adresse sur le téléphone.</translation>
        </message>
        <message>
            <source>The browser did not open</source>
            <translation>Le navigateur ne s'est pas ouvert</translation>
        </message>
        <message>
            <source>The link was:</source>
            <translation>Le lien était :</translation>
        </message>
        <message>
            <source>This exact address is not one that the guide lists, so Karpear does not open it. The text may have been changed.</source>
            <translation>Cette adresse exacte ne fait pas partie de celles que le guide prévoit : Karpear ne l'ouvre donc pas. Le texte a peut-être été modifié.</translation>
        </message>
        <message>
            <source>This link was not opened</source>
            <translation>Ce lien n'a pas été ouvert</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>Site :</translation>
        </message>
        <message>
            <source>Website: %1</source>
            <translation>Site : %1</translation>
        </message>
    </context>
    <context>
        <name>LocalGuides</name>
        <message>
            <source>A local guide (not from Karpear) has problems and was not loaded. The other guides work normally.</source>
            <translation>Un guide local (qui ne vient pas de Karpear) a des problèmes et n’a pas été chargé. Les autres guides fonctionnent normalement.</translation>
        </message>
        <message>
            <source>Local guide</source>
            <translation>Guide local</translation>
        </message>
        <message>
            <source>Not from Karpear: someone added this guide on this computer. Karpear has not reviewed it.</source>
            <translation>Ne vient pas de Karpear : quelqu’un a ajouté ce guide sur cet ordinateur. Karpear ne l’a pas vérifié.</translation>
        </message>
        <message>
            <source>Open this link from a local guide? Karpear has not reviewed where it leads.</source>
            <translation>Ouvrir ce lien d’un guide local ? Karpear n’a pas vérifié où il mène.</translation>
        </message>
        <message>
            <source>The local guide “%1” in %2 was not loaded: a guide with the same id is already loaded (Karpear's own guide, or a local guide found before it), and that one is shown. A local guide never replaces one of Karpear's guides or its links.</source>
            <translation>Le guide local « %1 » dans %2 n’a pas été chargé : un guide de même identifiant est déjà chargé (le guide de Karpear, ou un guide local trouvé avant lui), et c’est celui-là qui est affiché. Un guide local ne remplace jamais un guide de Karpear ni ses liens.</translation>
        </message>
        <message>
            <source>This guide does not come from Karpear: someone added it on this computer, and nobody at Karpear has reviewed its advice. Its links are checked by the same rules as Karpear's own.</source>
            <translation>Ce guide ne vient pas de Karpear : quelqu’un l’a ajouté sur cet ordinateur, et personne chez Karpear n’a vérifié ses conseils. Ses liens sont contrôlés selon les mêmes règles que ceux de Karpear.</translation>
        </message>
        <message>
            <source>…and %1 more. “karpear check FOLDER” lists them all.</source>
            <translation>…et %1 de plus. « karpear check DOSSIER » les liste tous.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 above, %2 below</source>
            <translation>%1 en haut, %2 en bas</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;Karpear</source>
            <translation>&amp;Karpear</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>About Karpear</source>
            <translation>À propos de Karpear</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>Tous les appareils</translation>
        </message>
        <message>
            <source>All your data was erased from this computer. Removed: %1.</source>
            <translation>Toutes vos données ont été effacées de cet ordinateur. Supprimé : %1.</translation>
        </message>
        <message>
            <source>Check an installer…</source>
            <translation>Vérifier un fichier d'installation…</translation>
        </message>
        <message>
            <source>Checklists to protect your phone calls and messages from surveillance. Karpear never connects to the internet: links open in your browser only when you confirm. Your progress stays on this computer.</source>
            <translation>Des listes de contrôle pour protéger vos appels et vos messages de la surveillance. Karpear ne se connecte jamais à Internet : les liens s'ouvrent dans votre navigateur seulement quand vous confirmez. Votre progression reste sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Choose the installer to check</source>
            <translation>Choisissez le fichier d'installation à vérifier</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Erase all my data</source>
            <translation>Effacer toutes mes données</translation>
        </message>
        <message>
            <source>Erase all my data…</source>
            <translation>Effacer toutes mes données…</translation>
        </message>
        <message>
            <source>Erase all your data from this computer?</source>
            <translation>Effacer toutes vos données de cet ordinateur ?</translation>
        </message>
        <message>
            <source>Erase everything</source>
            <translation>Tout effacer</translation>
        </message>
        <message>
            <source>Group session…</source>
            <translation>Session de groupe…</translation>
        </message>
        <message>
            <source>It could not be moved aside, so it is kept unchanged, and your changes will not be saved until it is moved or removed.</source>
            <translation>Il n'a pas pu être mis de côté : il est conservé tel quel, et vos modifications ne seront pas enregistrées tant qu'il n'aura pas été déplacé ou supprimé.</translation>
        </message>
        <message>
            <source>Karpear %1</source>
            <translation>Karpear %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <source>Next guide</source>
            <translation>Guide suivant</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>Taille de texte normale</translation>
        </message>
        <message>
            <source>Nothing is saved yet. This computer has no system keyring, so Karpear will ask you to choose a passphrase the first time it saves.</source>
            <translation>Rien n’est encore enregistré. Cet ordinateur n’a pas de trousseau système : Karpear vous demandera de choisir une phrase secrète la première fois qu’il enregistrera.</translation>
        </message>
        <message>
            <source>Nothing is saved yet. What you save will be encrypted, with its key in the system keyring (%1).</source>
            <translation>Rien n’est encore enregistré. Ce que vous enregistrerez sera chiffré, avec sa clé dans le trousseau du système (%1).</translation>
        </message>
        <message>
            <source>Present in two languages</source>
            <translation>Présenter en deux langues</translation>
        </message>
        <message>
            <source>Present on screen</source>
            <translation>Présenter sur l’écran</translation>
        </message>
        <message>
            <source>Present to a room</source>
            <translation>Présenter à un groupe</translation>
        </message>
        <message>
            <source>Previous guide</source>
            <translation>Guide précédent</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Étape précédente</translation>
        </message>
        <message>
            <source>Print a handout…</source>
            <translation>Imprimer une fiche…</translation>
        </message>
        <message>
            <source>Show steps for</source>
            <translation>Afficher les étapes pour</translation>
        </message>
        <message>
            <source>Show steps for:</source>
            <translation>Afficher les étapes pour :</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texte plus petit</translation>
        </message>
        <message>
            <source>Some data could not be erased: %1</source>
            <translation>Certaines données n'ont pas pu être effacées : %1</translation>
        </message>
        <message>
            <source>Some guide content is damaged and was left out; the rest works normally. Problems found: %1. A trainer can run “karpear check” to see them.</source>
            <translation>Une partie du contenu des guides est endommagée et a été écartée ; le reste fonctionne normalement. Problèmes trouvés : %1. Un formateur peut lancer « karpear check » pour les voir.</translation>
        </message>
        <message>
            <source>The damaged file was kept as: %1</source>
            <translation>Le fichier endommagé a été conservé sous : %1</translation>
        </message>
        <message>
            <source>The file was kept as: %1</source>
            <translation>Le fichier a été conservé sous : %1</translation>
        </message>
        <message>
            <source>The file was moved aside to: %1</source>
            <translation>Le fichier a été mis de côté sous : %1</translation>
        </message>
        <message>
            <source>The file was moved aside, unchanged, to: %1</source>
            <translation>Le fichier a été mis de côté, sans modification, sous : %1</translation>
        </message>
        <message>
            <source>The key that protected your saved progress is no longer in this computer's keyring (it may have been removed), so your progress cannot be read. The checklist starts empty.</source>
            <translation>La clé qui protégeait votre progression n’est plus dans le trousseau de cet ordinateur (elle a peut-être été supprimée) : votre progression ne peut pas être lue. La liste repart de zéro.</translation>
        </message>
        <message>
            <source>The key that protected your settings is no longer in this computer's keyring, so the defaults are used.</source>
            <translation>La clé qui protégeait vos réglages n’est plus dans le trousseau de cet ordinateur : les réglages par défaut sont utilisés.</translation>
        </message>
        <message>
            <source>There was no saved data to erase.</source>
            <translation>Il n’y avait aucune donnée enregistrée à effacer.</translation>
        </message>
        <message>
            <source>This removes your progress and settings from this computer. The guides stay. This cannot be undone.</source>
            <translation>Cela supprime votre progression et vos réglages de cet ordinateur. Les guides restent. Impossible de revenir en arrière.</translation>
        </message>
        <message>
            <source>Your changes will not be saved in this session.</source>
            <translation>Vos modifications ne seront pas enregistrées pendant cette session.</translation>
        </message>
        <message>
            <source>Your last change could not be saved because of an unexpected error. Try again; if it keeps failing, restart Karpear.</source>
            <translation>Votre dernière modification n'a pas pu être enregistrée à cause d'une erreur inattendue. Réessayez ; si cela échoue encore, redémarrez Karpear.</translation>
        </message>
        <message>
            <source>Your last change could not be saved: the disk is full. Free some space, then try again.</source>
            <translation>Votre dernière modification n'a pas pu être enregistrée : le disque est plein. Libérez de la place, puis réessayez.</translation>
        </message>
        <message>
            <source>Your last change could not be saved: the disk or folder where Karpear keeps your data is read-only (%1). Run Karpear where it can write, for example not from a locked USB stick.</source>
            <translation>Votre dernière modification n'a pas pu être enregistrée : le disque ou le dossier où Karpear garde vos données est en lecture seule (%1). Lancez Karpear là où il peut écrire, par exemple pas depuis une clé USB verrouillée.</translation>
        </message>
        <message>
            <source>Your last change could not be saved: the system refused access to Karpear's data folder (%1). Check that this folder belongs to your user account.</source>
            <translation>Votre dernière modification n'a pas pu être enregistrée : le système a refusé l'accès au dossier de données de Karpear (%1). Vérifiez que ce dossier appartient à votre compte.</translation>
        </message>
        <message>
            <source>Your last change was not saved: Karpear saves only encrypted, and no passphrase was chosen (or your saved data is locked). Nothing was written in clear.</source>
            <translation>Votre dernière modification n’a pas été enregistrée : Karpear n’enregistre que chiffré, et aucune phrase secrète n’a été choisie (ou vos données enregistrées sont verrouillées). Rien n’a été écrit en clair.</translation>
        </message>
        <message>
            <source>Your progress and settings are encrypted on this computer with your passphrase.</source>
            <translation>Votre progression et vos réglages sont chiffrés sur cet ordinateur avec votre phrase secrète.</translation>
        </message>
        <message>
            <source>Your progress and settings are encrypted on this computer. The key is kept in the system keyring (%1).</source>
            <translation>Votre progression et vos réglages sont chiffrés sur cet ordinateur. La clé est gardée dans le trousseau du système (%1).</translation>
        </message>
        <message>
            <source>Your progress and settings are encrypted with a key that is never saved.</source>
            <translation>Votre progression et vos réglages sont chiffrés avec une clé qui n’est jamais enregistrée.</translation>
        </message>
        <message>
            <source>Your progress file was changed by another program and could no longer be read. It was moved aside to %1, and the checklist as this window shows it was saved in its place.</source>
            <translation>Votre fichier de progression a été modifié par un autre programme et ne pouvait plus être lu. Il a été mis de côté sous %1, et la liste telle que cette fenêtre l'affiche a été enregistrée à sa place.</translation>
        </message>
        <message>
            <source>Your progress was saved by a newer version of Karpear, which this version cannot read, so the checklist starts empty.</source>
            <translation>Votre progression a été enregistrée par une version plus récente de Karpear, que cette version ne sait pas lire : la liste commence vide.</translation>
        </message>
        <message>
            <source>Your saved data is encrypted and could not be unlocked in this session.</source>
            <translation>Vos données enregistrées sont chiffrées et n’ont pas pu être déverrouillées pendant cette session.</translation>
        </message>
        <message>
            <source>Your saved progress could not be read (the system refused access), so the checklist starts empty.</source>
            <translation>Votre progression n'a pas pu être lue (le système a refusé l'accès) : la liste commence vide.</translation>
        </message>
        <message>
            <source>Your saved progress is encrypted and could not be unlocked (the system keyring is not available, or no passphrase was given). It is kept unchanged.</source>
            <translation>Votre progression enregistrée est chiffrée et n’a pas pu être déverrouillée (le trousseau du système n’est pas disponible, ou aucune phrase secrète n’a été donnée). Elle est conservée telle quelle.</translation>
        </message>
        <message>
            <source>Your saved progress is locked with another key or passphrase than this computer's, so it cannot be read. The checklist starts empty.</source>
            <translation>Votre progression enregistrée est verrouillée avec une autre clé ou phrase secrète que celle de cet ordinateur : elle ne peut pas être lue. La liste repart de zéro.</translation>
        </message>
        <message>
            <source>Your saved progress was damaged and could not be read, so the checklist starts empty.</source>
            <translation>Votre progression enregistrée était endommagée et n'a pas pu être lue : la liste commence vide.</translation>
        </message>
        <message>
            <source>Your settings are encrypted and could not be unlocked, so the defaults are used. They are kept unchanged.</source>
            <translation>Vos réglages sont chiffrés et n’ont pas pu être déverrouillés : les réglages par défaut sont utilisés. Ils sont conservés tels quels.</translation>
        </message>
        <message>
            <source>Your settings are locked with another key or passphrase than this computer's, so the defaults are used.</source>
            <translation>Vos réglages sont verrouillés avec une autre clé ou phrase secrète que celle de cet ordinateur : les réglages par défaut sont utilisés.</translation>
        </message>
        <message>
            <source>Your settings could not be read (the system refused access), so the defaults are used.</source>
            <translation>Vos réglages n'ont pas pu être lus (le système a refusé l'accès) : les réglages par défaut sont utilisés.</translation>
        </message>
        <message>
            <source>Your settings were damaged and could not be read, so the defaults are used.</source>
            <translation>Vos réglages étaient endommagés et n'ont pas pu être lus : les réglages par défaut sont utilisés.</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of Karpear, which this version cannot read, so the defaults are used.</source>
            <translation>Vos réglages ont été enregistrés par une version plus récente de Karpear, que cette version ne sait pas lire : les réglages par défaut sont utilisés.</translation>
        </message>
        <message>
            <source>the key in the system keyring</source>
            <translation>la clé dans le trousseau du système</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Choose a passphrase</source>
            <translation>Choisissez une phrase secrète</translation>
        </message>
        <message>
            <source>Forgot it? Start again</source>
            <translation>Oubliée ? Recommencer</translation>
        </message>
        <message>
            <source>If you forgot it, you can start again: your old progress is kept aside, still encrypted, and Karpear starts with an empty checklist.</source>
            <translation>Si vous l’avez oubliée, vous pouvez recommencer : votre ancienne progression est mise de côté, toujours chiffrée, et Karpear repart d’une liste vide.</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <source>Protect my data</source>
            <translation>Protéger mes données</translation>
        </message>
        <message>
            <source>Protect your data</source>
            <translation>Protéger vos données</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
        </message>
        <message>
            <source>This computer has no system keyring to keep Karpear's key, so your progress will be encrypted with a passphrase you choose. You will type it each time Karpear starts. If you forget it, your saved progress cannot be recovered.</source>
            <translation>Cet ordinateur n’a pas de trousseau système pour garder la clé de Karpear : votre progression sera chiffrée avec une phrase secrète que vous choisissez. Vous la taperez à chaque démarrage de Karpear. Si vous l’oubliez, votre progression enregistrée ne pourra pas être récupérée.</translation>
        </message>
        <message>
            <source>This is not the right passphrase. Nothing was changed; try again.</source>
            <translation>Ce n’est pas la bonne phrase secrète. Rien n’a été modifié ; réessayez.</translation>
        </message>
        <message>
            <source>Type it again:</source>
            <translation>Retapez-la :</translation>
        </message>
        <message>
            <source>Type your passphrase</source>
            <translation>Tapez votre phrase secrète</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Unlock your data</source>
            <translation>Déverrouiller vos données</translation>
        </message>
        <message>
            <source>Your old progress could not be moved aside, so Karpear cannot start again here.</source>
            <translation>Votre ancienne progression n’a pas pu être mise de côté : Karpear ne peut pas recommencer ici.</translation>
        </message>
        <message>
            <source>Your progress on this computer is encrypted with your passphrase.</source>
            <translation>Votre progression sur cet ordinateur est chiffrée avec votre phrase secrète.</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>No steps for this device.</source>
            <translation>Aucune étape pour cet appareil.</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Étape %1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>No display found: Karpear needs a desktop session (DISPLAY and WAYLAND_DISPLAY are not set).</source>
            <translation>Aucun écran trouvé : Karpear a besoin d’une session de bureau (DISPLAY et WAYLAND_DISPLAY ne sont pas définis).</translation>
        </message>
    </context>
    <context>
        <name>StepCard</name>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Compris</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Pas encore fait</translation>
        </message>
        <message>
            <source>Only %1</source>
            <translation>Seulement %1</translation>
        </message>
        <message>
            <source>Tools for this step</source>
            <translation>Outils pour cette étape</translation>
        </message>
        <message>
            <source>Updated since you checked it: please read it again.</source>
            <translation>Mise à jour depuis que vous l'avez cochée : relisez-la.</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>Not yet translated: shown in English</source>
            <translation>Pas encore traduit : affiché en anglais</translation>
        </message>
        <message>
            <source>Outdated translation</source>
            <translation>Traduction à mettre à jour</translation>
        </message>
        <message>
            <source>The English text has changed since this was translated: it may say less.</source>
            <translation>Le texte anglais a changé depuis cette traduction : elle peut en dire moins.</translation>
        </message>
        <message>
            <source>Translators have not translated this text yet.</source>
            <translation>Les traducteurs n'ont pas encore traduit ce texte.</translation>
        </message>
    </context>
    <context>
        <name>ToolCard</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Check an installer of %1</source>
            <translation>Vérifier un fichier d'installation de %1</translation>
        </message>
        <message>
            <source>Check an installer…</source>
            <translation>Vérifier un fichier d'installation…</translation>
        </message>
        <message>
            <source>Described above, under “%1”.</source>
            <translation>Décrit plus haut, à l’étape « %1 ».</translation>
        </message>
        <message>
            <source>No official download is known: beware of look-alike apps.</source>
            <translation>Aucun téléchargement officiel connu : méfiez-vous des fausses applications qui lui ressemblent.</translation>
        </message>
        <message>
            <source>Not available for %1.</source>
            <translation>Pas disponible pour %1.</translation>
        </message>
        <message>
            <source>Official website</source>
            <translation>Site officiel</translation>
        </message>
        <message>
            <source>Official website of %1</source>
            <translation>Site officiel de %1</translation>
        </message>
        <message>
            <source>Open source</source>
            <translation>Code source ouvert</translation>
        </message>
        <message>
            <source>Safer choice: %1</source>
            <translation>Choix plus sûr : %1</translation>
        </message>
        <message>
            <source>Use instead: %1</source>
            <translation>Utilisez plutôt : %1</translation>
        </message>
    </context>
    <context>
        <name>TranslatePreview</name>
        <message>
            <source>%1 texts: %2 missing, %3 outdated, %4 same as the English.</source>
            <translation>%1 textes : %2 manquants, %3 périmés, %4 identiques à l’anglais.</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Missing: the English is shown</source>
            <translation>Manquant : l’anglais est affiché</translation>
        </message>
        <message>
            <source>Not reviewed yet: a second native speaker should read this language.</source>
            <translation>Pas encore relu : une deuxième personne de langue maternelle doit relire cette langue.</translation>
        </message>
        <message>
            <source>Outdated: the English changed</source>
            <translation>Périmé : l’anglais a changé</translation>
        </message>
        <message>
            <source>Problems (%1), as “karpear check” reports them:</source>
            <translation>Problèmes (%1), tels que « karpear check » les signale :</translation>
        </message>
        <message>
            <source>Record that this translation says what the English says now</source>
            <translation>Noter que cette traduction dit ce que dit l’anglais aujourd’hui</translation>
        </message>
        <message>
            <source>Same as the English</source>
            <translation>Identique à l’anglais</translation>
        </message>
        <message>
            <source>Still right: confirm</source>
            <translation>Toujours juste : confirmer</translation>
        </message>
        <message>
            <source>Tool texts</source>
            <translation>Textes des outils</translation>
        </message>
        <message>
            <source>Translation preview: %1 (%2)</source>
            <translation>Aperçu de la traduction : %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>VerifyPanel</name>
        <message>
            <source>App ID:</source>
            <translation>Identifiant de l'application :</translation>
        </message>
        <message>
            <source>Check an installer</source>
            <translation>Vérifier un fichier d'installation</translation>
        </message>
        <message>
            <source>Check another file…</source>
            <translation>Vérifier un autre fichier…</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>Vérification de %1…</translation>
        </message>
        <message>
            <source>Compare the SHA-256 below with the one on the vendor's official site, or install from the official store. If in doubt, do not install it.</source>
            <translation>Comparez le SHA-256 ci-dessous avec celui du site officiel de l'éditeur, ou installez l'application depuis la boutique officielle. En cas de doute, ne l'installez pas.</translation>
        </message>
        <message>
            <source>Delete it. Download the app again, only from the official link in Karpear.</source>
            <translation>Supprimez-le. Téléchargez de nouveau l'application, uniquement depuis le lien officiel donné dans Karpear.</translation>
        </message>
        <message>
            <source>Download it again from the official link, then check it again.</source>
            <translation>Téléchargez-le de nouveau depuis le lien officiel, puis vérifiez-le encore.</translation>
        </message>
        <message>
            <source>Every signature in it holds, and every one is made with a key %1 publishes.</source>
            <translation>Toutes ses signatures sont valides, et chacune est faite avec une clé que %1 publie.</translation>
        </message>
        <message>
            <source>Genuine installer of %1</source>
            <translation>Fichier d'installation authentique de %1</translation>
        </message>
        <message>
            <source>It carries no signature.</source>
            <translation>Il ne porte aucune signature.</translation>
        </message>
        <message>
            <source>It is not %1: it is the app %2.</source>
            <translation>Ce n'est pas %1 : c'est l'application %2.</translation>
        </message>
        <message>
            <source>It is not the installer of a tool in Karpear's list.</source>
            <translation>Ce n'est le fichier d'installation d'aucun outil de la liste de Karpear.</translation>
        </message>
        <message>
            <source>It is signed by %1, not by %2.</source>
            <translation>Il est signé par %1, et non par %2.</translation>
        </message>
        <message>
            <source>It is signed only with Android's oldest scheme, which Karpear cannot check completely.</source>
            <translation>Il n'est signé qu'avec le plus ancien système de signature d'Android, que Karpear ne peut pas vérifier entièrement.</translation>
        </message>
        <message>
            <source>It is signed with a key that %1 does not use: someone else made or changed it.</source>
            <translation>Il est signé avec une clé que %1 n'utilise pas : quelqu'un d'autre l'a fabriqué ou modifié.</translation>
        </message>
        <message>
            <source>It is signed with a method that Karpear cannot check.</source>
            <translation>Il est signé avec une méthode que Karpear ne sait pas vérifier.</translation>
        </message>
        <message>
            <source>It was changed after it was signed: its signature does not match its contents.</source>
            <translation>Il a été modifié après avoir été signé : sa signature ne correspond pas à son contenu.</translation>
        </message>
        <message>
            <source>Its SHA-256 checksum is one that %1 publishes.</source>
            <translation>Sa somme de contrôle SHA-256 est l'une de celles que %1 publie.</translation>
        </message>
        <message>
            <source>Its signature carries the right name, but no trusted authority vouches for it: anyone can make such a signature.</source>
            <translation>Sa signature porte le bon nom, mais aucune autorité de confiance ne la garantit : n'importe qui peut fabriquer une telle signature.</translation>
        </message>
        <message>
            <source>Its signature holds and is vouched for as made by %1.</source>
            <translation>Sa signature est valide et garantie comme venant de %1.</translation>
        </message>
        <message>
            <source>Karpear cannot tell whether this file is genuine</source>
            <translation>Karpear ne peut pas dire si ce fichier est authentique</translation>
        </message>
        <message>
            <source>Karpear's list has no fingerprint or checksum to compare this file with.</source>
            <translation>La liste de Karpear n'a aucune empreinte ni somme de contrôle à comparer avec ce fichier.</translation>
        </message>
        <message>
            <source>Not genuine: do not install this file</source>
            <translation>Pas authentique : n'installez pas ce fichier</translation>
        </message>
        <message>
            <source>SHA-256, in groups to read aloud:</source>
            <translation>SHA-256, par groupes à lire à voix haute :</translation>
        </message>
        <message>
            <source>Signed by:</source>
            <translation>Signé par :</translation>
        </message>
        <message>
            <source>Signing certificate (%1):</source>
            <translation>Certificat de signature (%1) :</translation>
        </message>
        <message>
            <source>The file cannot be opened.</source>
            <translation>Le fichier ne peut pas être ouvert.</translation>
        </message>
        <message>
            <source>The file changed while Karpear read it: perhaps it is still downloading.</source>
            <translation>Le fichier a changé pendant que Karpear le lisait : il est peut-être encore en cours de téléchargement.</translation>
        </message>
        <message>
            <source>The file is damaged, or it is not an installer.</source>
            <translation>Le fichier est endommagé, ou ce n'est pas un fichier d'installation.</translation>
        </message>
        <message>
            <source>The file is too large to be checked.</source>
            <translation>Le fichier est trop volumineux pour être vérifié.</translation>
        </message>
        <message>
            <source>This file cannot be checked</source>
            <translation>Ce fichier ne peut pas être vérifié</translation>
        </message>
        <message>
            <source>You can install it.</source>
            <translation>Vous pouvez l'installer.</translation>
        </message>
        <message>
            <source>listed by Karpear</source>
            <translation>dans la liste de Karpear</translation>
        </message>
        <message>
            <source>listed by Karpear: %1</source>
            <translation>dans la liste de Karpear : %1</translation>
        </message>
        <message>
            <source>not in Karpear's list</source>
            <translation>absent de la liste de Karpear</translation>
        </message>
    </context>
</TS>

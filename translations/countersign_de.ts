<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddSignerDialog</name>
    <message>
        <source>Add Signer</source>
        <translation>Unterzeichner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>Printed &amp;name:</source>
        <translation>Name in &amp;Druckschrift:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>A signer signs records with a login and a password of their own. The login and the printed name are permanent: signers are never renamed or deleted.</source>
        <translation>Ein Unterzeichner unterschreibt Nachweise mit einem eigenen Anmeldenamen und Passwort. Anmeldename und Name in Druckschrift sind dauerhaft: Unterzeichner werden nie umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>For example: jdoe</source>
        <translation>Zum Beispiel: mmuster</translation>
    </message>
    <message>
        <source>As it should appear beside the signature</source>
        <translation>So, wie er neben der Unterschrift stehen soll</translation>
    </message>
    <message>
        <source>&amp;Add Signer</source>
        <translation>Unterzeichner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add Administrator</source>
        <translation>Administrator hinzufügen</translation>
    </message>
    <message>
        <source>An administrator certifies who may sign, with a login and a password of their own. A second administrator also means that one forgotten password never leaves the database without one.</source>
        <translation>Ein Administrator beglaubigt, wer unterschreiben darf, mit eigenem Anmeldenamen und Passwort. Mit einem zweiten Administrator bleibt die Datenbank auch dann nicht ohne Administrator, wenn ein Passwort vergessen wird.</translation>
    </message>
    <message>
        <source>&amp;Add Administrator</source>
        <translation>Administrator &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>AdministratorFields</name>
    <message>
        <source>Approved by an administrator</source>
        <translation>Von einem Administrator genehmigt</translation>
    </message>
    <message>
        <source>Administrator login</source>
        <translation>Anmeldename des Administrators</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Passwort des Administrators</translation>
    </message>
    <message>
        <source>Administrator lo&amp;gin:</source>
        <translation>Anmeldename des Admi&amp;nistrators:</translation>
    </message>
    <message>
        <source>Administrator pass&amp;word:</source>
        <translation>Passwort des Administra&amp;tors:</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Record created</source>
        <translation>Nachweis angelegt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Versiegelt</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Signer added</source>
        <translation>Unterzeichner hinzugefügt</translation>
    </message>
    <message>
        <source>Signer reactivated</source>
        <translation>Unterzeichner reaktiviert</translation>
    </message>
    <message>
        <source>Signer deactivated</source>
        <translation>Unterzeichner deaktiviert</translation>
    </message>
    <message>
        <source>Signer&apos;s roles changed</source>
        <translation>Rollen des Unterzeichners geändert</translation>
    </message>
    <message>
        <source>Signing password changed</source>
        <translation>Unterschriftspasswort geändert</translation>
    </message>
    <message>
        <source>Signer locked</source>
        <translation>Unterzeichner gesperrt</translation>
    </message>
    <message>
        <source>Wrong signing password</source>
        <translation>Falsches Unterschriftspasswort</translation>
    </message>
    <message>
        <source>Failed sign-in count cleared</source>
        <translation>Zähler falscher Anmeldungen zurückgesetzt</translation>
    </message>
    <message>
        <source>Database accepted as it is</source>
        <translation>Datenbank im jetzigen Zustand akzeptiert</translation>
    </message>
    <message>
        <source>Signer registry statement</source>
        <translation>Aussage des Unterzeichnerregisters</translation>
    </message>
    <message>
        <source>Administrator added</source>
        <translation>Administrator hinzugefügt</translation>
    </message>
    <message>
        <source>Wrong administrator password</source>
        <translation>Falsches Administratorpasswort</translation>
    </message>
    <message>
        <source>Administrator locked</source>
        <translation>Administrator gesperrt</translation>
    </message>
    <message>
        <source>Administrator&apos;s failed sign-in count cleared</source>
        <translation>Zähler falscher Anmeldungen des Administrators zurückgesetzt</translation>
    </message>
    <message>
        <source>Status undone</source>
        <translation>Status rückgängig gemacht</translation>
    </message>
    <message>
        <source>Status redone</source>
        <translation>Status wiederhergestellt</translation>
    </message>
    <message>
        <source>Note undone</source>
        <translation>Anmerkung rückgängig gemacht</translation>
    </message>
    <message>
        <source>Note redone</source>
        <translation>Anmerkung wiederhergestellt</translation>
    </message>
    <message>
        <source>Database identity recorded</source>
        <translation>Kennung der Datenbank festgehalten</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded as %1. Written before Countersign kept the computer account, so the name is the only trace.</source>
        <translation>Festgehalten als %1. Geschrieben, bevor Countersign das Computerkonto festhielt; der Name ist daher die einzige Spur.</translation>
    </message>
    <message>
        <source>Recorded as %1 (the name given in Preferences or with --by), by the computer account %2 that ran Countersign.</source>
        <translation>Festgehalten als %1 (der Name aus den Einstellungen oder aus --by), durch das Computerkonto %2, unter dem Countersign lief.</translation>
    </message>
    <message>
        <source>Administrator&apos;s key replaced</source>
        <translation>Schlüssel des Administrators ersetzt</translation>
    </message>
    <message>
        <source>Declined to sign</source>
        <translation>Unterschrift abgelehnt</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Datei angehängt</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>Anhang entfernt</translation>
    </message>
    <message>
        <source>Attachment size limit changed</source>
        <translation>Größengrenze für Anhänge geändert</translation>
    </message>
    <message>
        <source>Status (marked with its section or group)</source>
        <translation>Status (mit Abschnitt oder Gruppe gesetzt)</translation>
    </message>
    <message>
        <source>Note (marked with its section or group)</source>
        <translation>Notiz (mit Abschnitt oder Gruppe gesetzt)</translation>
    </message>
    <message>
        <source>Marked not applicable</source>
        <translation>Auf Entfällt gesetzt</translation>
    </message>
    <message>
        <source>Not applicable mark undone</source>
        <translation>Entfällt-Markierung rückgängig gemacht</translation>
    </message>
    <message>
        <source>Not applicable mark redone</source>
        <translation>Entfällt-Markierung wiederholt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Every change to the open record, newest first: when, who (the name recorded, and in brackets the computer account that made the change when it differs), what, and the old and new value</source>
        <translation>Jede Änderung am geöffneten Nachweis, die neueste zuerst: wann, wer (der festgehaltene Name und in Klammern das Computerkonto, das die Änderung vornahm, wenn es abweicht), was, mit altem und neuem Wert</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Change Password of %1</source>
        <translation>Passwort von %1 ändern</translation>
    </message>
    <message>
        <source>The signing password of %1 (%2). Only they should type it: the current password is needed, and wrong ones count towards the lock.</source>
        <translation>Das Unterschriftspasswort von %1 (%2). Nur diese Person sollte es eingeben: Das aktuelle Passwort wird gebraucht, und falsche Eingaben zählen für die Sperre.</translation>
    </message>
    <message>
        <source>C&amp;hange Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
</context>
<context>
    <name>ChecklistStore</name>
    <message>
        <source>this installation has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql)</source>
        <translation>dieser Installation fehlt der PostgreSQL-Treiber für Qt (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 is not a file. Give the path of a Countersign database (.sqlite).</source>
        <translation>%1 ist keine Datei. Geben Sie den Pfad einer Countersign-Datenbank (.sqlite) an.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Countersign database. Give the path of a database, or leave out --db to use the default one.</source>
        <translation>%1 ist eine leere Datei, keine Countersign-Datenbank. Geben Sie den Pfad einer Datenbank an, oder lassen Sie --db weg, um die Standarddatenbank zu verwenden.</translation>
    </message>
    <message>
        <source>%1 is not a Countersign database (it is not an SQLite file). The file was not changed. Check the path.</source>
        <translation>%1 ist keine Countersign-Datenbank (keine SQLite-Datei). Die Datei wurde nicht verändert. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>there is no database at %1. Check the path, or leave out --db to use the default database.</source>
        <translation>unter %1 gibt es keine Datenbank. Prüfen Sie den Pfad, oder lassen Sie --db weg, um die Standarddatenbank zu verwenden.</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database. Check that it can be written.</source>
        <translation>der Ordner %1 für die Datenbank kann nicht angelegt werden. Prüfen Sie, ob dort geschrieben werden darf.</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Countersign (schema version %2; this version reads up to %3). Update Countersign to open it. The file was not changed.</source>
        <translation>%1 wurde von einem neueren Countersign geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie Countersign, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Countersign database. The file was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Countersign-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot set up %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot record the schema version: %1</source>
        <translation>die Schemaversion kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2 before updating its format: %3. The file was not changed.</source>
        <translation>%1 kann vor der Formatumstellung nicht nach %2 gesichert werden: %3. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
    <message>
        <source>%1 is a server database: back it up with the server&apos;s tools (pg_dump)</source>
        <translation>%1 ist eine Server-Datenbank: Sichern Sie sie mit den Werkzeugen des Servers (pg_dump)</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the backup</source>
        <translation>%1 existiert bereits: Wählen Sie einen neuen Dateinamen für die Sicherung</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 gesichert werden: %3</translation>
    </message>
    <message>
        <source>cannot create the database schema in %1: %2</source>
        <translation>das Datenbankschema in %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot add the sign-off tables to %1: %2</source>
        <translation>die Freigabetabellen können %1 nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>the built-in template is missing from this build of Countersign</source>
        <translation>in diesem Build von Countersign fehlt die eingebaute Vorlage</translation>
    </message>
    <message>
        <source>the built-in template does not read: %1</source>
        <translation>die eingebaute Vorlage lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot read templates</source>
        <translation>die Vorlagen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the template has no title</source>
        <translation>die Vorlage hat keinen Titel</translation>
    </message>
    <message>
        <source>cannot store the template: %1</source>
        <translation>die Vorlage kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot store the section &quot;%1&quot;: %2</source>
        <translation>der Abschnitt „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot store the item &quot;%1&quot;: %2</source>
        <translation>der Punkt „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot read sections</source>
        <translation>die Abschnitte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read template %1</source>
        <translation>Vorlage %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no template with id %1. `countersign-cli templates` lists them.</source>
        <translation>es gibt keine Vorlage mit der ID %1. `countersign-cli templates` listet sie auf.</translation>
    </message>
    <message>
        <source>no template is called or numbered &quot;%1&quot;. Templates: %2</source>
        <translation>keine Vorlage heißt „%1“ oder hat diese Nummer. Vorlagen: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a record needs a title</source>
        <translation>ein Nachweis braucht einen Titel</translation>
    </message>
    <message>
        <source>cannot create the record: %1</source>
        <translation>der Nachweis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot read record %1</source>
        <translation>Nachweis %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no record with id %1. `countersign-cli records` lists them.</source>
        <translation>es gibt keinen Nachweis mit der ID %1. `countersign-cli records` listet sie auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id (a whole number). `countersign-cli records` lists them.</source>
        <translation>„%1“ ist keine Nachweis-ID (eine ganze Zahl). `countersign-cli records` listet sie auf.</translation>
    </message>
    <message>
        <source>cannot read records</source>
        <translation>die Nachweise können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read item %1</source>
        <translation>Punkt %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no item with id %1</source>
        <translation>es gibt keinen Punkt mit der ID %1</translation>
    </message>
    <message>
        <source>%1 needs a note that says why</source>
        <translation>%1 braucht eine Notiz mit der Begründung</translation>
    </message>
    <message>
        <source>every change needs a name to record who made it</source>
        <translation>jede Änderung braucht einen Namen, damit festgehalten wird, wer sie vorgenommen hat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group heading, not an item</source>
        <translation>„%1“ ist eine Gruppenüberschrift, kein Punkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a checklist item</source>
        <translation>„%1“ ist kein Checklistenpunkt</translation>
    </message>
    <message>
        <source>record %1 is sealed: every role has signed it, so it cannot change. Reopen it first (this revokes the signatures).</source>
        <translation>Nachweis %1 ist versiegelt: Alle Rollen haben unterschrieben, daher kann er sich nicht mehr ändern. Öffnen Sie ihn zuerst wieder (das widerruft die Unterschriften).</translation>
    </message>
    <message>
        <source>record %1 has been signed, so it cannot change. Reopen it first (this revokes the signatures).</source>
        <translation>Nachweis %1 wurde unterschrieben, daher kann er sich nicht mehr ändern. Öffnen Sie ihn zuerst wieder (das widerruft die Unterschriften).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3. Reload the record and try again.</source>
        <translation>„%1“ wurde von %2 um %3 geändert. Laden Sie den Nachweis neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>cannot change &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>cannot write the audit trail: %1</source>
        <translation>der Prüfpfad kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>a login is one word without spaces</source>
        <translation>ein Anmeldename ist ein Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <source>a signer needs a printed name</source>
        <translation>ein Unterzeichner braucht einen Namen in Druckschrift</translation>
    </message>
    <message>
        <source>cannot read signers</source>
        <translation>die Unterzeichner können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot add the signer: %1</source>
        <translation>der Unterzeichner kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>there is no signer with the login &quot;%1&quot;</source>
        <translation>es gibt keinen Unterzeichner mit dem Anmeldenamen „%1“</translation>
    </message>
    <message>
        <source>cannot change the password: %1</source>
        <translation>das Passwort kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>cannot change the signer: %1</source>
        <translation>der Unterzeichner kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>cannot record the failed sign-in: %1</source>
        <translation>die fehlgeschlagene Anmeldung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot update the signer: %1</source>
        <translation>der Unterzeichner kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>record %1 is sealed: every role has signed it</source>
        <translation>Nachweis %1 ist versiegelt: Alle Rollen haben unterschrieben</translation>
    </message>
    <message>
        <source>the role %1 has already been signed on record %2</source>
        <translation>für die Rolle %1 wurde Nachweis %2 bereits unterschrieben</translation>
    </message>
    <message>
        <source>record %1 changed while it was being signed. Review it and sign again.</source>
        <translation>Nachweis %1 hat sich während des Unterschreibens geändert. Prüfen Sie ihn und unterschreiben Sie erneut.</translation>
    </message>
    <message>
        <source>cannot store the signature: %1</source>
        <translation>die Unterschrift kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot update the record: %1</source>
        <translation>der Nachweis kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>reopening a record needs a reason</source>
        <translation>das Wiederöffnen eines Nachweises braucht eine Begründung</translation>
    </message>
    <message>
        <source>record %1 has no signatures to revoke; it is already open</source>
        <translation>Nachweis %1 hat keine Unterschriften, die widerrufen werden könnten; er ist bereits offen</translation>
    </message>
    <message>
        <source>cannot revoke the signatures: %1</source>
        <translation>die Unterschriften können nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>cannot reopen the record: %1</source>
        <translation>der Nachweis kann nicht wieder geöffnet werden: %1</translation>
    </message>
    <message>
        <source>could not commit to the database: %1</source>
        <translation>die Änderung konnte nicht in die Datenbank übernommen werden: %1</translation>
    </message>
    <message>
        <source>%1 is being used by another program; try again in a moment. If it stays busy, finish or close the other Countersign windows and commands that use it.</source>
        <translation>%1 wird von einem anderen Programm verwendet; versuchen Sie es gleich noch einmal. Bleibt die Datei belegt, beenden oder schließen Sie die anderen Countersign-Fenster und -Befehle, die sie verwenden.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a complete Countersign database (%2). It may have been cut short while being copied or saved. Restore it from a backup, or copy it again from where it came from.</source>
        <translation>%1 ist beschädigt: Es ist keine vollständige Countersign-Datenbank (%2). Vielleicht wurde sie beim Kopieren oder Speichern abgeschnitten. Stellen Sie sie aus einer Sicherung wieder her, oder kopieren Sie sie erneut von ihrer Quelle.</translation>
    </message>
    <message>
        <source>there is no database at %1: the folder %2 does not exist. Check the path, or leave out --db to use the default database.</source>
        <translation>unter %1 gibt es keine Datenbank: Der Ordner %2 existiert nicht. Prüfen Sie den Pfad, oder lassen Sie --db weg, um die Standarddatenbank zu verwenden.</translation>
    </message>
    <message>
        <source>cannot watch %1 for changes made by others: %2</source>
        <translation>%1 kann nicht auf Änderungen durch andere überwacht werden: %2</translation>
    </message>
    <message>
        <source>%1 The file was not changed.</source>
        <translation>%1 Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be read as a database</source>
        <translation>%1 konnte nicht als Datenbank gelesen werden</translation>
    </message>
    <message>
        <source>cannot set up %1</source>
        <translation>%1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>%1 could not be updated from schema version %2 to %3: %4. The file was not changed; this version of Countersign cannot open it until it is.</source>
        <translation>%1 konnte nicht von Schemaversion %2 auf %3 umgestellt werden: %4. Die Datei wurde nicht verändert; diese Version von Countersign kann sie erst nach der Umstellung öffnen.</translation>
    </message>
    <message>
        <source>A copy taken before the attempt is at %1.</source>
        <translation>Eine vor dem Versuch angelegte Kopie liegt unter %1.</translation>
    </message>
    <message>
        <source>cannot add the progress counters to %1: %2</source>
        <translation>die Fortschrittszähler können %1 nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>cannot count the progress of the records in %1: %2</source>
        <translation>der Fortschritt der Nachweise in %1 kann nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>cannot read item %1: %2</source>
        <translation>Punkt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot count the progress of record %1: %2</source>
        <translation>der Fortschritt von Nachweis %1 kann nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the audit trail: %1</source>
        <translation>der Prüfpfad kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read items: %1</source>
        <translation>die Punkte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: the disk or the folder refused it (%2). Check the path, its permissions and the free space.</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden: Datenträger oder Ordner haben den Zugriff verweigert (%2). Prüfen Sie den Pfad, seine Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>another program replaced the database&apos;s log (%1) while it was open here, so a change written now would be lost. Nothing was written. Close and reopen the database, then make the change again.</source>
        <translation>ein anderes Programm hat das Protokoll der Datenbank (%1) ersetzt, während sie hier geöffnet war; eine jetzt geschriebene Änderung ginge verloren. Es wurde nichts geschrieben. Schließen Sie die Datenbank, öffnen Sie sie erneut und nehmen Sie die Änderung dann noch einmal vor.</translation>
    </message>
    <message>
        <source>cannot read the audit trail of record %1</source>
        <translation>der Prüfpfad von Nachweis %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the audit trail</source>
        <translation>der Prüfpfad kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the signatures of record %1</source>
        <translation>die Unterschriften von Nachweis %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot give %1 its identity: %2</source>
        <translation>kann %1 keine Identität geben: %2</translation>
    </message>
    <message>
        <source>cannot read the database&apos;s identity</source>
        <translation>kann die Identität der Datenbank nicht lesen</translation>
    </message>
    <message>
        <source>the database has no identity (its countersign_identity row was deleted)</source>
        <translation>die Datenbank hat keine Identität (ihre Zeile in countersign_identity wurde gelöscht)</translation>
    </message>
    <message>
        <source>the database has more than one identity (rows were added to countersign_identity)</source>
        <translation>die Datenbank hat mehr als eine Identität (in countersign_identity wurden Zeilen hinzugefügt)</translation>
    </message>
    <message>
        <source>cannot add per-record audit chains to %1: %2</source>
        <translation>kann %1 keine Prüfketten je Nachweis hinzufügen: %2</translation>
    </message>
    <message>
        <source>cannot ask %1 whether it is a standby</source>
        <translation>kann %1 nicht fragen, ob es ein Standby-Server ist</translation>
    </message>
    <message>
        <source>there is already a signer with the login &quot;%1&quot; (%2); logins count as the same regardless of case and Unicode form: choose another login</source>
        <translation>es gibt bereits einen Unterzeichner mit dem Anmeldenamen „%1“ (%2); Anmeldenamen gelten unabhängig von Groß- und Kleinschreibung und Unicode-Form als gleich: Wählen Sie einen anderen Anmeldenamen</translation>
    </message>
    <message>
        <source>the printed name &quot;%1&quot; is already the name of the active signer &quot;%2&quot;; printed names count as the same regardless of case, spacing and Unicode form: add what tells the two apart, such as a middle initial</source>
        <translation>der Name in Druckschrift „%1“ ist bereits der Name des aktiven Unterzeichners „%2“; Namen in Druckschrift gelten unabhängig von Groß- und Kleinschreibung, Leerraum und Unicode-Form als gleich: Ergänzen Sie, was die beiden unterscheidet, etwa einen zweiten Vornamen als Initiale</translation>
    </message>
    <message>
        <source>cannot reactivate %1: %2</source>
        <translation>%1 kann nicht reaktiviert werden: %2</translation>
    </message>
    <message>
        <source>cannot add task lists and item details to %1: %2</source>
        <translation>kann %1 keine Aufgabenlisten und Punktdetails hinzufügen: %2</translation>
    </message>
    <message>
        <source>cannot add the signer registry to %1: %2</source>
        <translation>das Unterzeichnerregister kann %1 nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the administrators</source>
        <translation>die Administratoren können nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no administrator with the login &quot;%1&quot;</source>
        <translation>es gibt keinen Administrator mit dem Anmeldenamen „%1“</translation>
    </message>
    <message>
        <source>cannot read the signer registry</source>
        <translation>das Unterzeichnerregister kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot add to the signer registry: statement %1 is out of order</source>
        <translation>dem Unterzeichnerregister kann nichts hinzugefügt werden: Aussage %1 steht nicht an ihrer Stelle</translation>
    </message>
    <message>
        <source>cannot add to the signer registry: %1</source>
        <translation>dem Unterzeichnerregister kann nichts hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>cannot add the administrator: %1</source>
        <translation>der Administrator kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>cannot update the administrator: %1</source>
        <translation>der Administrator kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>this database has a signer registry: only an administrator&apos;s certificate changes a signer (Registry)</source>
        <translation>diese Datenbank hat ein Unterzeichnerregister: Nur die Beglaubigung eines Administrators ändert einen Unterzeichner (Registry)</translation>
    </message>
    <message>
        <source>cannot let %1 replace an administrator&apos;s key: %2</source>
        <translation>%1 kann nicht darauf vorbereitet werden, den Schlüssel eines Administrators zu ersetzen: %2</translation>
    </message>
    <message>
        <source>cannot replace the administrator&apos;s key: %1</source>
        <translation>der Schlüssel des Administrators kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>only an undo or a redo may restore who changed an item and when</source>
        <translation>nur ein Rückgängig oder Wiederholen darf wiederherstellen, wer einen Punkt wann geändert hat</translation>
    </message>
    <message>
        <source>cannot give notes their own author and time in %1: %2</source>
        <translation>Notizen in %1 können keinen eigenen Verfasser und Zeitpunkt erhalten: %2</translation>
    </message>
    <message>
        <source>this login may not read the Countersign tables in %1 (%2). Ask the administrator to run countersign-cli server init --db ADDRESS --app-role ROLE as the database&apos;s owner, naming the role you connect as.</source>
        <translation>diese Anmeldung darf die Countersign-Tabellen in %1 nicht lesen (%2). Bitten Sie den Administrator, countersign-cli server init --db ADRESSE --app-role ROLLE als Eigentümer der Datenbank auszuführen und dabei die Rolle zu nennen, mit der Sie sich verbinden.</translation>
    </message>
    <message>
        <source>%1 has no Countersign tables yet, and the role %2 may not create them. The database&apos;s owner (%3) sets it up once: ask the administrator to run countersign-cli server init --db ADDRESS --app-role %2, with the database&apos;s address as %3.</source>
        <translation>%1 hat noch keine Countersign-Tabellen, und die Rolle %2 darf sie nicht anlegen. Der Eigentümer der Datenbank (%3) richtet sie einmal ein: Bitten Sie den Administrator, countersign-cli server init --db ADRESSE --app-role %2 auszuführen, mit der Adresse der Datenbank als %3.</translation>
    </message>
    <message>
        <source>the database needs an update that only its owner can make: %1 is at an older schema than this Countersign (version %2), and the role %3 may not change it. Ask the administrator to run countersign-cli server init --db ADDRESS --app-role %3, with the database&apos;s address as its owner %4. Nothing was changed.</source>
        <translation>die Datenbank braucht eine Umstellung, die nur ihr Eigentümer vornehmen kann: %1 hat ein älteres Schema als dieses Countersign (Version %2), und die Rolle %3 darf es nicht ändern. Bitten Sie den Administrator, countersign-cli server init --db ADRESSE --app-role %3 auszuführen, mit der Adresse der Datenbank als ihr Eigentümer %4. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>cannot ask %1 who is connected</source>
        <translation>kann %1 nicht fragen, wer verbunden ist</translation>
    </message>
    <message>
        <source>cannot read who owns the Countersign tables in %1</source>
        <translation>kann nicht lesen, wem die Countersign-Tabellen in %1 gehören</translation>
    </message>
    <message>
        <source>cannot read whether this login may update %1</source>
        <translation>kann nicht lesen, ob diese Anmeldung %1 umstellen darf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name Countersign can use: write it in lower case letters, digits and _, starting with a letter (at most 63 characters).</source>
        <translation>„%1“ ist kein Rollenname, den Countersign verwenden kann: Schreiben Sie ihn in Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben (höchstens 63 Zeichen).</translation>
    </message>
    <message>
        <source>cannot read the role %1 on %2</source>
        <translation>kann die Rolle %1 auf %2 nicht lesen</translation>
    </message>
    <message>
        <source>there is no role %1 on the server of %2. Create it first, as a user who may create roles, with a password of its own that you then give the team: CREATE ROLE %1 LOGIN PASSWORD &apos;a new password&apos;; then run server init again.</source>
        <translation>auf dem Server von %2 gibt es keine Rolle %1. Legen Sie sie zuerst an, als ein Benutzer, der Rollen anlegen darf, mit einem eigenen Passwort, das Sie dann dem Team geben: CREATE ROLE %1 LOGIN PASSWORD &apos;ein neues Passwort&apos;; führen Sie dann server init erneut aus.</translation>
    </message>
    <message>
        <source>%1 is the role this command is connected as. Run server init as the database&apos;s owner, and name the application&apos;s own role with --app-role.</source>
        <translation>%1 ist die Rolle, mit der dieser Befehl verbunden ist. Führen Sie server init als Eigentümer der Datenbank aus, und nennen Sie mit --app-role die eigene Rolle der Anwendung.</translation>
    </message>
    <message>
        <source>the role %1 is a superuser, who may do anything to the database. Give the team a role of its own without SUPERUSER.</source>
        <translation>die Rolle %1 ist ein Superuser, der mit der Datenbank alles tun darf. Geben Sie dem Team eine eigene Rolle ohne SUPERUSER.</translation>
    </message>
    <message>
        <source>the role %1 is a member of %2, the database&apos;s owner, and so may change its tables and triggers. Revoke that membership (REVOKE %2 FROM %1;) and run server init again.</source>
        <translation>die Rolle %1 ist Mitglied von %2, dem Eigentümer der Datenbank, und darf daher deren Tabellen und Trigger ändern. Entziehen Sie diese Mitgliedschaft (REVOKE %2 FROM %1;) und führen Sie server init erneut aus.</translation>
    </message>
    <message>
        <source>the role %1 owns tables, functions, schemas or the database itself in %2, and an owner may drop the triggers that keep the audit trail whole. Give them to the owner (as a superuser: REASSIGN OWNED BY %1 TO %3;) and run server init again.</source>
        <translation>die Rolle %1 besitzt Tabellen, Funktionen, Schemas oder die Datenbank selbst in %2, und ein Eigentümer darf die Trigger entfernen, die den Prüfpfad unversehrt halten. Übertragen Sie sie dem Eigentümer (als Superuser: REASSIGN OWNED BY %1 TO %3;) und führen Sie server init erneut aus.</translation>
    </message>
    <message>
        <source>cannot read the sequences of %1</source>
        <translation>kann die Sequenzen von %1 nicht lesen</translation>
    </message>
    <message>
        <source>roles are a PostgreSQL server&apos;s: an SQLite file has no logins to grant rights to.</source>
        <translation>Rollen gibt es nur auf einem PostgreSQL-Server: Eine SQLite-Datei hat keine Anmeldungen, denen Rechte gegeben werden könnten.</translation>
    </message>
    <message>
        <source>cannot read the schema of %1</source>
        <translation>kann das Schema von %1 nicht lesen</translation>
    </message>
    <message>
        <source>cannot give %1 its rights on %2</source>
        <translation>kann %1 seine Rechte auf %2 nicht geben</translation>
    </message>
    <message>
        <source>the connection to %1 was lost and could not be made again, so the change was not made (%2). Try again once the server answers.</source>
        <translation>die Verbindung zu %1 ist abgebrochen und konnte nicht wiederhergestellt werden, daher wurde die Änderung nicht vorgenommen (%2). Versuchen Sie es erneut, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>the server %1 did not answer after the change was sent, and the connection could not be made again (%2). The change may or may not have been saved: look at the record once the server answers before making it again.</source>
        <translation>der Server %1 hat nicht mehr geantwortet, nachdem die Änderung gesendet wurde, und die Verbindung konnte nicht wiederhergestellt werden (%2). Die Änderung wurde vielleicht gespeichert, vielleicht nicht: Sehen Sie sich den Nachweis an, sobald der Server antwortet, bevor Sie sie erneut vornehmen.</translation>
    </message>
    <message>
        <source>the connection was lost before</source>
        <translation>die Verbindung war schon vorher abgebrochen</translation>
    </message>
    <message>
        <source>cannot index the edits of %1: %2</source>
        <translation>die Änderungen in %1 können nicht indiziert werden: %2</translation>
    </message>
    <message>
        <source>cannot ask %1 whether the connection is encrypted</source>
        <translation>kann %1 nicht fragen, ob die Verbindung verschlüsselt ist</translation>
    </message>
    <message>
        <source>only a connection to a server can be made again</source>
        <translation>nur eine Verbindung zu einem Server kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>the connection to %1 was lost (%2). Check that the server is running and can be reached, then try again.</source>
        <translation>die Verbindung zu %1 ist abgebrochen (%2). Prüfen Sie, ob der Server läuft und erreichbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>cannot add declined signatures to %1: %2</source>
        <translation>abgelehnte Unterschriften können nicht zu %1 hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>record %1 changed while it was being declined. Review it and decline again.</source>
        <translation>Nachweis %1 hat sich während der Ablehnung geändert. Prüfen Sie ihn und lehnen Sie erneut ab.</translation>
    </message>
    <message>
        <source>cannot store the refusal: %1</source>
        <translation>die Ablehnung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>cannot add attachments to %1: %2</source>
        <translation>%1 kann keine Anhänge aufnehmen: %2</translation>
    </message>
    <message>
        <source>cannot read the attachments of record %1</source>
        <translation>die Anhänge von Nachweis %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the attachments of item %1</source>
        <translation>die Anhänge von Punkt %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read attachment %1</source>
        <translation>Anhang %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no attachment with id %1. `countersign-cli attachments RECORD` lists a record&apos;s attachments.</source>
        <translation>es gibt keinen Anhang mit der ID %1. `countersign-cli attachments RECORD` listet die Anhänge eines Nachweises auf.</translation>
    </message>
    <message>
        <source>record %1 is sealed: every role has signed it, so %2 is refused. Reopen it first (this revokes the signatures).</source>
        <translation>Nachweis %1 ist versiegelt: Alle Rollen haben unterschrieben, daher wird %2 abgelehnt. Öffnen Sie ihn zuerst wieder (das widerruft die Unterschriften).</translation>
    </message>
    <message>
        <source>record %1 has been signed, so %2 is refused. Reopen it first (this revokes the signatures).</source>
        <translation>Nachweis %1 wurde unterschrieben, daher wird %2 abgelehnt. Öffnen Sie ihn zuerst wieder (das widerruft die Unterschriften).</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 this database allows for one attachment. Nothing was attached. The limit is the database&apos;s own setting: countersign-cli attachment-limit SIZE changes it.</source>
        <translation>%1 ist %2 groß, mehr als die %3, die diese Datenbank für einen Anhang erlaubt. Nichts wurde angehängt. Die Grenze ist eine Einstellung der Datenbank selbst: countersign-cli attachment-limit GRÖSSE ändert sie.</translation>
    </message>
    <message>
        <source>cannot read the stored attachments</source>
        <translation>die gespeicherten Anhänge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot store the bytes of %1: %2</source>
        <translation>die Bytes von %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being attached. Nothing was attached; attach it again once it no longer changes.</source>
        <translation>%1 hat sich beim Anhängen verändert. Nichts wurde angehängt; hängen Sie die Datei erneut an, sobald sie sich nicht mehr ändert.</translation>
    </message>
    <message>
        <source>an attachment needs a file name</source>
        <translation>ein Anhang braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>cannot keep %1 in a temporary file: %2</source>
        <translation>%1 kann nicht in einer temporären Datei abgelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is more than %2, the largest attachment this database allows. Nothing was attached. The limit is the database&apos;s own setting: countersign-cli attachment-limit SIZE changes it.</source>
        <translation>%1 ist größer als %2, der größte Anhang, den diese Datenbank erlaubt. Nichts wurde angehängt. Die Grenze ist eine Einstellung der Datenbank selbst: countersign-cli attachment-limit GRÖSSE ändert sie.</translation>
    </message>
    <message>
        <source>attaching a file</source>
        <translation>das Anhängen einer Datei</translation>
    </message>
    <message>
        <source>record %1 has no item with id %2</source>
        <translation>Nachweis %1 hat keinen Punkt mit der ID %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group heading, not an item: attach the file to one of its items</source>
        <translation>„%1“ ist eine Gruppenüberschrift, kein Punkt: Hängen Sie die Datei an einen ihrer Punkte an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a checklist item: only a checklist&apos;s items take evidence</source>
        <translation>„%1“ ist kein Checklistenpunkt: Nur die Punkte einer Checkliste nehmen Belege auf</translation>
    </message>
    <message>
        <source>cannot attach %1: %2</source>
        <translation>%1 kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>removing an attachment needs a reason</source>
        <translation>das Entfernen eines Anhangs braucht eine Begründung</translation>
    </message>
    <message>
        <source>record %1 has no attachment with id %2. `countersign-cli attachments %1` lists its attachments.</source>
        <translation>Nachweis %1 hat keinen Anhang mit der ID %2. `countersign-cli attachments %1` listet seine Anhänge auf.</translation>
    </message>
    <message>
        <source>attachment %1 &quot;%2&quot; was removed already, by %3 at %4</source>
        <translation>Anhang %1 „%2“ wurde bereits entfernt, von %3 am %4</translation>
    </message>
    <message>
        <source>removing an attachment</source>
        <translation>das Entfernen eines Anhangs</translation>
    </message>
    <message>
        <source>cannot remove attachment %1: %2</source>
        <translation>Anhang %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>attachment %1 &quot;%2&quot; (record %3, item %4)</source>
        <translation>Anhang %1 „%2“ (Nachweis %3, Punkt %4)</translation>
    </message>
    <message>
        <source>cannot read the bytes of %1</source>
        <translation>die Bytes von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: chunk %2 of %3 of its bytes is missing</source>
        <translation>%1: Teil %2 von %3 seiner Bytes fehlt</translation>
    </message>
    <message>
        <source>%1: chunk %2 of %3 holds %4 bytes, not %5</source>
        <translation>%1: Teil %2 von %3 enthält %4 Bytes statt %5</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>attachment %1 &quot;%2&quot; (record %3, item %4): its bytes as stored are not the ones attached (SHA-256 %5, attached as %6). `countersign-cli verify` reports the database&apos;s state.</source>
        <translation>Anhang %1 „%2“ (Nachweis %3, Punkt %4): die gespeicherten Bytes sind nicht die angehängten (SHA-256 %5, angehängt als %6). `countersign-cli verify` berichtet über den Zustand der Datenbank.</translation>
    </message>
    <message>
        <source>cannot read the attachment size limit</source>
        <translation>die Größengrenze für Anhänge kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the attachment size limit must be at least one byte</source>
        <translation>die Größengrenze für Anhänge muss mindestens ein Byte betragen</translation>
    </message>
    <message>
        <source>cannot change the attachment size limit: %1</source>
        <translation>die Größengrenze für Anhänge kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>cannot read which sections of record %1 are not applicable</source>
        <translation>kann nicht lesen, welche Abschnitte von Nachweis %1 entfallen</translation>
    </message>
    <message>
        <source>cannot read section %1</source>
        <translation>kann Abschnitt %1 nicht lesen</translation>
    </message>
    <message>
        <source>there is no section with id %1</source>
        <translation>es gibt keinen Abschnitt mit der ID %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a checklist: only a checklist&apos;s items can be not applicable</source>
        <translation>„%1“ ist keine Checkliste: nur die Punkte einer Checkliste können entfallen</translation>
    </message>
    <message>
        <source>cannot read the items of &quot;%1&quot;: %2</source>
        <translation>kann die Punkte von „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <source>item %1 is not a group heading of &quot;%2&quot;</source>
        <translation>Punkt %1 ist keine Gruppenüberschrift von „%2“</translation>
    </message>
    <message>
        <source>marking a section or group not applicable needs a reason</source>
        <translation>einen Abschnitt oder eine Gruppe auf Entfällt zu setzen braucht einen Grund</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already marked not applicable by %2: %3</source>
        <translation>„%1“ ist bereits von %2 auf Entfällt gesetzt: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no items to mark not applicable</source>
        <translation>„%1“ hat keine Punkte, die auf Entfällt gesetzt werden können</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer marked not applicable as it was. Reload the record and try again.</source>
        <translation>„%1“ ist nicht mehr so auf Entfällt gesetzt wie zuvor. Laden Sie den Nachweis neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>item %1 is no longer under &quot;%2&quot;</source>
        <translation>Punkt %1 steht nicht mehr unter „%2“</translation>
    </message>
    <message>
        <source>cannot mark &quot;%1&quot; not applicable: %2</source>
        <translation>kann „%1“ nicht auf Entfällt setzen: %2</translation>
    </message>
    <message>
        <source>cannot mark item %1 not applicable: %2</source>
        <translation>kann Punkt %1 nicht auf Entfällt setzen: %2</translation>
    </message>
    <message>
        <source>cannot add sections marked not applicable to %1: %2</source>
        <translation>kann %1 keine Abschnitte hinzufügen, die auf Entfällt gesetzt sind: %2</translation>
    </message>
    <message>
        <source>cannot add sign-off policies to %1: %2</source>
        <translation>Freigaberegeln können nicht zu %1 hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>the sign-off policy names the role &quot;%1&quot;, which the sign-off table of %2 does not have. Its roles: %3</source>
        <translation>die Freigaberegel nennt die Rolle „%1“, die die Freigabetabelle von %2 nicht hat. Ihre Rollen: %3</translation>
    </message>
    <message>
        <source>the role %1 must need at least one signer</source>
        <translation>die Rolle %1 muss mindestens einen Unterzeichner verlangen</translation>
    </message>
    <message>
        <source>cannot store the sign-off policy of %1: %2</source>
        <translation>die Freigaberegel von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot read the sign-off policies of template %1</source>
        <translation>die Freigaberegeln der Vorlage %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>this bulk write has ended already</source>
        <translation>dieser Sammelschreibvorgang ist bereits beendet</translation>
    </message>
    <message>
        <source>a write inside the bulk failed, so none of the bulk&apos;s writes were kept</source>
        <translation>ein Schreibvorgang innerhalb des Sammelschreibvorgangs ist fehlgeschlagen, daher wurde keiner seiner Schreibvorgänge behalten</translation>
    </message>
</context>
<context>
    <name>ChecklistTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1. Space or a click toggles Done; right-click for N/A or Failed.</source>
        <translation>%1. Leertaste oder Klick schaltet „Erledigt“ um; Rechtsklick für „Entfällt“ oder „Fehlgeschlagen“.</translation>
    </message>
    <message>
        <source>Type, press F2 or double-click to write a note</source>
        <translation>Tippen, F2 drücken oder doppelklicken, um eine Notiz zu schreiben</translation>
    </message>
    <message>
        <source>%1 local time (%2 UTC)</source>
        <translation>%1 Ortszeit (%2 UTC)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>“%1” cannot be %2 without a note that says why. Write the note first.</source>
        <translation>„%1“ kann nur mit einer Notiz, die den Grund nennt, auf %2 gesetzt werden. Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <source>This record is sealed: every role has signed it, so it cannot change.</source>
        <translation>Dieser Nachweis ist versiegelt: Alle Rollen haben unterschrieben, daher kann er sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3 while you were typing, so your note was not saved. The grid now shows the current note; add yours to it again.</source>
        <translation>„%1“ wurde von %2 um %3 geändert, während Sie tippten, daher wurde Ihre Notiz nicht gespeichert. Die Tabelle zeigt jetzt die aktuelle Notiz; fügen Sie Ihre erneut hinzu.</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>Notiz von %1, %2</translation>
    </message>
    <message>
        <source>Who set the item&apos;s status (a note does not change it)</source>
        <translation>Wer den Status des Punkts gesetzt hat (eine Notiz ändert das nicht)</translation>
    </message>
    <message>
        <source>When the item&apos;s status was set, in local time (a note does not change it)</source>
        <translation>Wann der Status des Punkts gesetzt wurde, in Ortszeit (eine Notiz ändert das nicht)</translation>
    </message>
    <message>
        <source>Not applicable: %1 (%2, %3)</source>
        <translation>Entfällt: %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n Datei angehängt</numerusform>
            <numerusform>%n Dateien angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence attached</source>
        <translation>Kein Beleg angehängt</translation>
    </message>
    <message numerus="yes">
        <source>%n removed file(s) kept in the audit trail</source>
        <translation>
            <numerusform>%n entfernte Datei im Prüfpfad bewahrt</numerusform>
            <numerusform>%n entfernte Dateien im Prüfpfad bewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop files here or press Ctrl+Shift+A to attach evidence</source>
        <translation>Dateien hierher ziehen oder Strg+Umschalt+A drücken, um Belege anzuhängen</translation>
    </message>
    <message>
        <source>Evidence: the number of files attached to the item</source>
        <translation>Belege: die Zahl der an den Punkt angehängten Dateien</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Open the team&apos;s shared Countersign database on a PostgreSQL server.</source>
        <translation>Die gemeinsame Countersign-Datenbank des Teams auf einem PostgreSQL-Server öffnen.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>The name or address of the PostgreSQL server</source>
        <translation>Name oder Adresse des PostgreSQL-Servers</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>PostgreSQL listens on 5432 unless set up otherwise</source>
        <translation>PostgreSQL lauscht auf 5432, sofern nicht anders eingerichtet</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>countersign</source>
        <translation>countersign</translation>
    </message>
    <message>
        <source>The database on the server that holds the team&apos;s records</source>
        <translation>Die Datenbank auf dem Server, die die Nachweise des Teams enthält</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Your login on the server</source>
        <translation>Ihre Anmeldung am Server</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>leer: aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Used for this connection only and never stored. Left empty, PGPASSWORD or ~/.pgpass is used, or Countersign asks.</source>
        <translation>Wird nur für diese Verbindung verwendet und nie gespeichert. Bleibt es leer, gilt PGPASSWORD oder ~/.pgpass, oder Countersign fragt nach.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Fill in host, database and user.</source>
        <translation>Füllen Sie Host, Datenbank und Benutzer aus.</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>Wurzel&amp;zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>verify-full (default off this machine)</source>
        <translation>verify-full (Vorgabe außerhalb dieses Rechners)</translation>
    </message>
    <message>
        <source>verify-full: check the certificate and the host name</source>
        <translation>verify-full: Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>verify-ca: check the certificate, not the name</source>
        <translation>verify-ca: Zertifikat prüfen, nicht den Namen</translation>
    </message>
    <message>
        <source>require: encrypt, check no certificate</source>
        <translation>require: verschlüsseln, kein Zertifikat prüfen</translation>
    </message>
    <message>
        <source>prefer: encrypt if the server offers it</source>
        <translation>prefer: verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable: nie verschlüsseln</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <source>How the connection is protected. Off this machine Countersign checks the server&apos;s certificate and name unless told otherwise; prefer and disable may send passwords and records in plain text.</source>
        <translation>Wie die Verbindung geschützt ist. Außerhalb dieses Rechners prüft Countersign Zertifikat und Namen des Servers, wenn nichts anderes eingestellt ist; prefer und disable können Passwörter und Nachweise im Klartext senden.</translation>
    </message>
    <message>
        <source>Root certificate file</source>
        <translation>Datei des Wurzelzertifikats</translation>
    </message>
    <message>
        <source>Choose the root certificate file</source>
        <translation>Datei des Wurzelzertifikats wählen</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Wurzelzertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the system&apos;s roots</source>
        <translation>die Wurzeln des Systems</translation>
    </message>
    <message>
        <source>The CA certificate (PEM) that signed the server&apos;s certificate: your organisation&apos;s, if it runs its own CA. Left empty, the system&apos;s roots (%1) are used.</source>
        <translation>Das CA-Zertifikat (PEM), das das Zertifikat des Servers signiert hat: das Ihrer Organisation, wenn sie eine eigene CA betreibt. Leer bleiben die Wurzeln des Systems (%1).</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht starten</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>nicht genug Speicher, um das Passwort zu hashen</translation>
    </message>
    <message>
        <source>not enough memory to derive the key</source>
        <translation>nicht genug Speicher, um den Schlüssel abzuleiten</translation>
    </message>
    <message>
        <source>the stored signing key is damaged</source>
        <translation>der gespeicherte Signaturschlüssel ist beschädigt</translation>
    </message>
    <message>
        <source>the password does not open the signing key</source>
        <translation>das Passwort öffnet den Signaturschlüssel nicht</translation>
    </message>
    <message>
        <source>no locked memory is left for the signing key</source>
        <translation>für den Signaturschlüssel ist kein gesperrter Speicher mehr frei</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>Countersign databases (*.sqlite *.db);;All files (*)</source>
        <translation>Countersign-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password for %1.</source>
        <translation>Der Server hat Benutzername und Passwort für %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the user name and password, then connect again.</source>
        <translation>Prüfen Sie Benutzername und Passwort, und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Check the host, port and database name, and that the server is running and reachable.</source>
        <translation>Prüfen Sie Host, Port und Datenbanknamen, und ob der Server läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Countersign database.</source>
        <translation>%1 ist eine leere Datei, keine Countersign-Datenbank.</translation>
    </message>
    <message>
        <source>Choose a Countersign database (a .sqlite file made by Countersign).</source>
        <translation>Wählen Sie eine Countersign-Datenbank (eine von Countersign angelegte .sqlite-Datei).</translation>
    </message>
    <message>
        <source>Another program is using %1 and keeps it locked, so Countersign cannot read it now.</source>
        <translation>Ein anderes Programm verwendet %1 und hält die Datei gesperrt, daher kann Countersign sie gerade nicht lesen.</translation>
    </message>
    <message>
        <source>Close the other program, or wait until it has finished, then open the database again.</source>
        <translation>Schließen Sie das andere Programm oder warten Sie, bis es fertig ist, und öffnen Sie die Datenbank dann erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it is missing or unreadable (a copy that stopped half-way, say).</source>
        <translation>%1 ist beschädigt: Ein Teil fehlt oder ist unlesbar (etwa bei einer abgebrochenen Kopie).</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The server asks for a password for %1.

Password:</source>
        <translation>Der Server verlangt ein Passwort für %1.

Passwort:</translation>
    </message>
    <message>
        <source>The server did not accept that password for %1.

Password:</source>
        <translation>Der Server hat dieses Passwort für %1 nicht akzeptiert.

Passwort:</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>countersign.sqlite</source>
        <translation>countersign.sqlite</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.

Choose a folder that exists.</source>
        <translation>Der Ordner %1 existiert nicht.

Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Created the database %1</source>
        <translation>Datenbank %1 angelegt</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, with its own tools (pg_dump). Ask the server&apos;s administrator.</source>
        <translation>Eine Server-Datenbank wird auf dem Server mit dessen eigenen Werkzeugen (pg_dump) gesichert. Fragen Sie die Administration des Servers.</translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation>%1-sicherung-%2.sqlite</translation>
    </message>
    <message>
        <source>%1 is the open database itself.

Choose another name for the backup.</source>
        <translation>%1 ist die geöffnete Datenbank selbst.

Wählen Sie einen anderen Namen für die Sicherung.</translation>
    </message>
    <message>
        <source>cannot replace %1; check that it is not read-only</source>
        <translation>%1 kann nicht ersetzt werden; prüfen Sie, ob die Datei schreibgeschützt ist</translation>
    </message>
    <message>
        <source>The backup was not written.

%1

Choose a folder you can write to, with space left, and try again.</source>
        <translation>Die Sicherung wurde nicht geschrieben.

%1

Wählen Sie einen beschreibbaren Ordner mit freiem Platz und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Backed up the database to %1 (%2)</source>
        <translation>Datenbank nach %1 gesichert (%2)</translation>
    </message>
    <message>
        <source>No file was created.</source>
        <translation>Es wurde keine Datei angelegt.</translation>
    </message>
    <message>
        <source>Check the path, or choose another database with File ▸ Open Database…</source>
        <translation>Prüfen Sie den Pfad, oder wählen Sie mit Datei ▸ Datenbank öffnen… eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Check the path. To start a new database, use File ▸ New Database…</source>
        <translation>Prüfen Sie den Pfad. Eine neue Datenbank legen Sie mit Datei ▸ Neue Datenbank… an.</translation>
    </message>
    <message>
        <source>Open a backup of the database instead; File ▸ Back Up Database… makes them.</source>
        <translation>Öffnen Sie stattdessen eine Sicherung der Datenbank; Datei ▸ Datenbank sichern… legt sie an.</translation>
    </message>
    <message>
        <source>Open a backup of the database instead.</source>
        <translation>Öffnen Sie stattdessen eine Sicherung der Datenbank.</translation>
    </message>
    <message>
        <source>Countersign could not open “%1”.</source>
        <translation>Countersign konnte „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>“%1” stays open.</source>
        <translation>„%1“ bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Create Database?</source>
        <translation>Datenbank anlegen?</translation>
    </message>
    <message>
        <source>There is no database at %1.

Create a new, empty database there, with the built-in template?</source>
        <translation>Unter %1 gibt es keine Datenbank.

Dort eine neue, leere Datenbank mit der eingebauten Vorlage anlegen?</translation>
    </message>
    <message>
        <source>&amp;Create Database</source>
        <translation>Datenbank an&amp;legen</translation>
    </message>
    <message>
        <source>%1 already exists, and Countersign does not overwrite files.

Choose a new name, or open that file (File ▸ Open Database…).</source>
        <translation>%1 existiert bereits, und Countersign überschreibt keine Dateien.

Wählen Sie einen neuen Namen, oder öffnen Sie diese Datei (Datei ▸ Datenbank öffnen…).</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>The team&apos;s database on a PostgreSQL server: %1</source>
        <translation>Die Datenbank des Teams auf einem PostgreSQL-Server: %1</translation>
    </message>
    <message>
        <source>The database file every change is stored in: %1</source>
        <translation>Die Datenbankdatei, in der jede Änderung gespeichert wird: %1</translation>
    </message>
</context>
<context>
    <name>DeclineReasonDialog</name>
    <message>
        <source>Decline to Sign as %1</source>
        <translation>Unterschrift als %1 ablehnen</translation>
    </message>
    <message>
        <source>Say what must change before you sign “%1” as %2. Your refusal is signed with your key, and the record, its audit trail and its PDF show it with this reason. The record stays open, and %2 can sign once it has changed.</source>
        <translation>Sagen Sie, was sich ändern muss, bevor Sie „%1“ als %2 unterschreiben. Ihre Ablehnung wird mit Ihrem Schlüssel signiert, und der Nachweis, sein Prüfpfad und sein PDF zeigen sie mit dieser Begründung. Der Nachweis bleibt offen; %2 kann unterschreiben, sobald er sich geändert hat.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Begründung der Ablehnung</translation>
    </message>
    <message>
        <source>For example: the rollback was not rehearsed on staging</source>
        <translation>Zum Beispiel: Der Rollback wurde auf Staging nicht geprobt</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
</context>
<context>
    <name>EditRolesDialog</name>
    <message>
        <source>Edit Roles</source>
        <translation>Rollen bearbeiten</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>The roles %1 (%2) may sign. Signatures already made keep the role they were made under.</source>
        <translation>Die Rollen, für die %1 (%2) unterschreiben darf. Bereits geleistete Unterschriften behalten die Rolle, unter der sie geleistet wurden.</translation>
    </message>
    <message>
        <source>&amp;Save Roles</source>
        <translation>Rollen &amp;speichern</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Punkt</translation>
    </message>
    <message>
        <source>Attach &amp;Evidence…</source>
        <translation>Beleg &amp;anhängen…</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>&amp;Belege…</translation>
    </message>
    <message>
        <source>Attach a file (a test report, a screenshot) to the current item as evidence; dropping files on the item&apos;s row does the same</source>
        <translation>Eine Datei (einen Testbericht, ein Bildschirmfoto) als Beleg an den aktuellen Punkt anhängen; Dateien auf die Zeile des Punkts zu ziehen, tut dasselbe</translation>
    </message>
    <message>
        <source>List the current item&apos;s evidence files: open, save a copy or remove one</source>
        <translation>Die Belege des aktuellen Punkts auflisten: öffnen, eine Kopie speichern oder einen entfernen</translation>
    </message>
    <message>
        <source>Open a record first</source>
        <translation>Öffnen Sie zuerst einen Nachweis</translation>
    </message>
    <message>
        <source>Choose an item of a checklist first: its row, not a group heading</source>
        <translation>Wählen Sie zuerst einen Punkt einer Checkliste: seine Zeile, keine Gruppenüberschrift</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence for “%1”</source>
        <translation>Belege für „%1“</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Belegdateien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Angehängt von</translation>
    </message>
    <message>
        <source>Attached at</source>
        <translation>Angehängt am</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>Attach another file to the item</source>
        <translation>Eine weitere Datei an den Punkt anhängen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open a read-only copy of the file in the program your desktop chooses</source>
        <translation>Eine schreibgeschützte Kopie der Datei in dem Programm öffnen, das Ihr Desktop wählt</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Write the file&apos;s bytes, as attached, to a file of your choice</source>
        <translation>Die Bytes der Datei, wie angehängt, in eine Datei Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>by %1, %2: %3</source>
        <translation>von %1, %2: %3</translation>
    </message>
    <message>
        <source>No file is attached to this item yet. Attach… adds one; so does dropping files on the item&apos;s row.</source>
        <translation>An diesen Punkt ist noch keine Datei angehängt. Anhängen… fügt eine hinzu, ebenso Dateien, die Sie auf die Zeile des Punkts ziehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n Datei angehängt</numerusform>
            <numerusform>%n Dateien angehängt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n removed, kept with the reason</source>
        <translation>
            <numerusform>; %n entfernt, mit dem Grund bewahrt</numerusform>
            <numerusform>; %n entfernt, mit dem Grund bewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is already removed</source>
        <translation>Diese Datei ist bereits entfernt</translation>
    </message>
    <message>
        <source>Remove the file from the item&apos;s evidence, with a reason; its bytes stay in the database</source>
        <translation>Die Datei mit einem Grund aus den Belegen des Punkts entfernen; ihre Bytes bleiben in der Datenbank</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Attach Evidence to “%1”</source>
        <translation>Beleg an „%1“ anhängen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Beleg anhängen</translation>
    </message>
    <message>
        <source>%1 is a folder. Attach the files in it one by one, or pack the folder into an archive (a .zip file) and attach that.</source>
        <translation>%1 ist ein Ordner. Hängen Sie die Dateien darin einzeln an, oder packen Sie den Ordner in ein Archiv (eine .zip-Datei) und hängen Sie dieses an.</translation>
    </message>
    <message>
        <source>Reading “%1” (%2)…</source>
        <translation>„%1“ (%2) wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 could not be read, so nothing was attached.

%2

Check that the file exists and that you may read it, then attach it again.</source>
        <translation>%1 konnte nicht gelesen werden, daher wurde nichts angehängt.

%2

Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen, und hängen Sie sie dann erneut an.</translation>
    </message>
    <message>
        <source>Attaching %1 cancelled; nothing was attached</source>
        <translation>Anhängen von %1 abgebrochen; nichts wurde angehängt</translation>
    </message>
    <message>
        <source>%1 was not attached to “%2”.

%3</source>
        <translation>%1 wurde nicht an „%2“ angehängt.

%3</translation>
    </message>
    <message>
        <source>Attached %1 (%2) to “%3”</source>
        <translation>%1 (%2) an „%3“ angehängt</translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation>Beleg öffnen</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Opened %1 (a read-only copy)</source>
        <translation>%1 geöffnet (eine schreibgeschützte Kopie)</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Use Save a Copy… and open the copy with a program of your choice.</source>
        <translation>Kein Programm auf diesem Rechner öffnet %1. Nutzen Sie Kopie speichern… und öffnen Sie die Kopie mit einem Programm Ihrer Wahl.</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2

If the database reports damage, run Record ▸ Verify Integrity.</source>
        <translation>%1 konnte nicht geöffnet werden.

%2

Meldet die Datenbank einen Schaden, führen Sie Nachweis ▸ Integrität prüfen aus.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>%1 was not saved to %2.

%3

Nothing was written. Choose another folder and save again.</source>
        <translation>%1 wurde nicht unter %2 gespeichert.

%3

Es wurde nichts geschrieben. Wählen Sie einen anderen Ordner und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 to %2</source>
        <translation>Kopie von %1 unter %2 gespeichert</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>%1 was not removed.

%2</source>
        <translation>%1 wurde nicht entfernt.

%2</translation>
    </message>
    <message>
        <source>Removed %1; the audit trail keeps it with your reason</source>
        <translation>%1 entfernt; der Prüfpfad bewahrt es mit Ihrem Grund</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>checklist</source>
        <translation>checkliste</translation>
    </message>
    <message>
        <source>Import Template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.

Check that the file exists and can be read.</source>
        <translation>%1 kann nicht gelesen werden: %2.

Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>The template was not imported: %1</source>
        <translation>Die Vorlage wurde nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” as version %2 (%n items).</source>
        <translation>
            <numerusform>„%1“ als Version %2 importiert (%n Punkt).</numerusform>
            <numerusform>„%1“ als Version %2 importiert (%n Punkte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export Record as Markdown</source>
        <translation>Nachweis als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Record as CSV</source>
        <translation>Nachweis als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Record as JSON</source>
        <translation>Nachweis als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>„%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 (v%2, %n items)</source>
        <translation>
            <numerusform>%1 (v%2, %n Punkt)</numerusform>
            <numerusform>%1 (v%2, %n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Template to export as Markdown:</source>
        <translation>Als Markdown zu exportierende Vorlage:</translation>
    </message>
    <message>
        <source>Export Template as Markdown</source>
        <translation>Vorlage als Markdown exportieren</translation>
    </message>
    <message>
        <source>Exported template “%1” v%2 to %3</source>
        <translation>Vorlage „%1“ v%2 nach %3 exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.

Choose a folder you can write to, and check there is space left.</source>
        <translation>%1 kann nicht geschrieben werden: %2.

Wählen Sie einen beschreibbaren Ordner und prüfen Sie, ob noch Platz frei ist.</translation>
    </message>
    <message>
        <source>Checklists (*.md *.markdown *.csv *.tsv);;Markdown checklists (*.md *.markdown);;Spreadsheet exports (*.csv *.tsv);;All files (*)</source>
        <translation>Checklisten (*.md *.markdown *.csv *.tsv);;Markdown-Checklisten (*.md *.markdown);;Tabellenexporte (*.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>Es gibt noch keine Vorlagen.</translation>
    </message>
    <message>
        <source>Template &amp;Properties…</source>
        <translation>Vorla&amp;geneigenschaften…</translation>
    </message>
    <message>
        <source>Set how many people must sign each role of a template, and whether independently</source>
        <translation>Festlegen, wie viele Personen jede Rolle einer Vorlage unterschreiben müssen, und ob unabhängig</translation>
    </message>
    <message>
        <source>Template Properties</source>
        <translation>Vorlageneigenschaften</translation>
    </message>
    <message>
        <source>Template whose sign-off policy to edit:</source>
        <translation>Vorlage, deren Freigaberegel bearbeitet werden soll:</translation>
    </message>
    <message>
        <source>Saved the sign-off policy of “%1” as version %2; new records use it</source>
        <translation>Freigaberegel von „%1“ als Version %2 gespeichert; neue Nachweise verwenden sie</translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>Handbook Not Found</source>
        <translation>Handbuch nicht gefunden</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language of the handbook Help ▸ Handbook shows: the code in the name of its page, handbook.&lt;code&gt;.html (docs/handbook/handbook.&lt;code&gt;.md). &quot;en&quot; is handbook.html.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>The handbook is not installed: none of these folders holds %1.

%2

Reinstall the countersign package, or when running from a build, build its target countersign_handbook. The manual page, man countersign, describes the program too.</source>
        <translation>Das Handbuch ist nicht installiert: Keiner dieser Ordner enthält %1.

%2

Installieren Sie das Paket countersign erneut, oder bauen Sie, wenn Sie aus einem Build-Ordner starten, dessen Ziel countersign_handbook. Auch die Handbuchseite, man countersign, beschreibt das Programm.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find in the handbook</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Vo&amp;rheriges</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Item text</source>
        <translation>Punkttext</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Extra field</source>
        <translation>Zusatzfeld</translation>
    </message>
    <message>
        <source>Import Template — %1</source>
        <translation>Vorlage importieren — %1</translation>
    </message>
    <message>
        <source>What the template holds</source>
        <translation>Was die Vorlage enthält</translation>
    </message>
    <message>
        <source>&amp;Columns and what they hold:</source>
        <translation>&amp;Spalten und was sie enthalten:</translation>
    </message>
    <message>
        <source>Columns and their roles</source>
        <translation>Spalten und ihre Rollen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>In sections</source>
        <translation>In Abschnitten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Problem: %1. Nothing can be imported until the file is fixed (or the column&apos;s role is changed back).</source>
        <translation>Problem: %1. Nichts kann importiert werden, bis die Datei korrigiert ist (oder die Rolle der Spalte zurückgesetzt wird).</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n checklist items</source>
        <translation>
            <numerusform>„%1“: %n Checklistenpunkt</numerusform>
            <numerusform>„%1“: %n Checklistenpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n sections. Nothing is stored until you choose Import.</source>
        <translation>
            <numerusform> in %n Abschnitt. Nichts wird gespeichert, bevor Sie Importieren wählen.</numerusform>
            <numerusform> in %n Abschnitten. Nichts wird gespeichert, bevor Sie Importieren wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role of the column “%1”</source>
        <translation>Rolle der Spalte „%1“</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Checklist (task list)</source>
        <translation>Checkliste (Aufgabenliste)</translation>
    </message>
    <message>
        <source>Checklist (table)</source>
        <translation>Checkliste (Tabelle)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>item text</source>
        <translation>Punkttext</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>extra field</source>
        <translation>Zusatzfeld</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Item with detail</source>
        <translation>Punkt mit Details</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>Abschnitt oder Punkt</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>Verstanden als</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
</context>
<context>
    <name>IntegrityBadge</name>
    <message>
        <source>No sign-off table</source>
        <translation>Keine Freigabetabelle</translation>
    </message>
    <message>
        <source>This record&apos;s template has no sign-off section.</source>
        <translation>Die Vorlage dieses Nachweises hat keinen Freigabeabschnitt.</translation>
    </message>
    <message>
        <source>%1: not signed</source>
        <translation>%1: nicht unterschrieben</translation>
    </message>
    <message>
        <source>%1: %2, %3 — %4</source>
        <translation>%1: %2, %3 – %4</translation>
    </message>
    <message>
        <source>⚠ Signature invalid · the record changed after signing</source>
        <translation>⚠ Unterschrift ungültig · der Nachweis wurde nach dem Unterschreiben geändert</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Signature invalid · %n signatures no longer match the record</source>
        <translation>
            <numerusform>⚠ Unterschrift ungültig · %n Unterschrift passt nicht mehr zum Nachweis</numerusform>
            <numerusform>⚠ Unterschriften ungültig · %n Unterschriften passen nicht mehr zum Nachweis</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Sealed · the signature is valid</source>
        <translation>✓ Versiegelt · die Unterschrift ist gültig</translation>
    </message>
    <message numerus="yes">
        <source>✓ Sealed · all %n signatures valid</source>
        <translation>
            <numerusform>✓ Versiegelt · %n Unterschrift gültig</numerusform>
            <numerusform>✓ Versiegelt · alle %n Unterschriften gültig</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed %1 of %2</source>
        <translation>%1 von %2 unterschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Not signed yet · 0 of %n</source>
        <translation>
            <numerusform>Noch nicht unterschrieben · 0 von %n</numerusform>
            <numerusform>Noch nicht unterschrieben · 0 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source> · intact</source>
        <translation> · intakt</translation>
    </message>
    <message>
        <source>⚠ Integrity broken · %1</source>
        <translation>⚠ Integrität verletzt · %1</translation>
    </message>
    <message>
        <source>The integrity check of %1 failed:</source>
        <translation>Die Integritätsprüfung von %1 ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Something changed this database outside Countersign. Keep the file as it is and tell whoever administers it; countersign-cli verify lists the same findings.</source>
        <translation>Diese Datenbank wurde außerhalb von Countersign verändert. Lassen Sie die Datei unverändert und informieren Sie die zuständige Administration; countersign-cli verify listet dieselben Befunde auf.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Checking the audit trail and the signatures…</source>
        <translation>Prüfpfad und Unterschriften werden geprüft…</translation>
    </message>
    <message>
        <source>⚠ Integrity broken · older than the database this computer saw</source>
        <translation>⚠ Integrität verletzt · älter als die Datenbank, die dieser Computer gesehen hat</translation>
    </message>
    <message>
        <source>Integrity verified %1: the record&apos;s audit trail is unbroken (%2 events), and every signature holds for its signer&apos;s key.</source>
        <translation>Integrität geprüft %1: Der Prüfpfad des Nachweises ist lückenlos (%2 Ereignisse), und jede Unterschrift passt zum Schlüssel ihres Unterzeichners.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 signers</source>
        <translation>%1: %2 von %3 Unterzeichnern</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>LibPq</name>
    <message>
        <source>the PostgreSQL client library %1 lacks %2; install a current libpq5</source>
        <translation>der PostgreSQL-Client-Bibliothek %1 fehlt %2; installieren Sie ein aktuelles libpq5</translation>
    </message>
    <message>
        <source>cannot load the PostgreSQL client library %1 (%2), which a server connection needs: install the Debian package libpq5</source>
        <translation>die PostgreSQL-Client-Bibliothek %1, die eine Serververbindung braucht, kann nicht geladen werden (%2): installieren Sie das Debian-Paket libpq5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The name recorded with every change; set it in Edit ▸ Preferences</source>
        <translation>Der Name, der mit jeder Änderung gespeichert wird; festzulegen unter Bearbeiten ▸ Einstellungen</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Neuer Nachweis…</translation>
    </message>
    <message>
        <source>Start a record from a checklist template</source>
        <translation>Einen Nachweis aus einer Checklistenvorlage beginnen</translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation>Vorlage &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a checklist template from a Markdown file</source>
        <translation>Eine Checklistenvorlage aus einer Markdown-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Write the open record to a file</source>
        <translation>Den geöffneten Nachweis in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;Template as Markdown…</source>
        <translation>&amp;Vorlage als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Write a checklist template to a Markdown file</source>
        <translation>Eine Checklistenvorlage in eine Markdown-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Countersign; every change is already stored</source>
        <translation>Countersign schließen; jede Änderung ist bereits gespeichert</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Reload Record</source>
        <translation>Nachweis neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the open record again, with changes made elsewhere (the CLI, say)</source>
        <translation>Den geöffneten Nachweis erneut lesen, mit Änderungen von anderswo (etwa aus der Kommandozeile)</translation>
    </message>
    <message>
        <source>&amp;About Countersign</source>
        <translation>&amp;Über Countersign</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Nachweise</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>&amp;Prüfpfad</translation>
    </message>
    <message>
        <source>Open Record</source>
        <translation>Nachweis öffnen</translation>
    </message>
    <message>
        <source>The record could not be opened.

%1</source>
        <translation>Der Nachweis konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>New Record</source>
        <translation>Neuer Nachweis</translation>
    </message>
    <message>
        <source>There is no checklist template yet. Import one with File ▸ Import Template…</source>
        <translation>Es gibt noch keine Checklistenvorlage. Importieren Sie eine mit Datei ▸ Vorlage importieren…</translation>
    </message>
    <message>
        <source>The record was not created.

%1</source>
        <translation>Der Nachweis wurde nicht angelegt.

%1</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>„%1“ angelegt</translation>
    </message>
    <message>
        <source>Reloaded “%1”</source>
        <translation>„%1“ neu geladen</translation>
    </message>
    <message>
        <source>Changes recorded as %1</source>
        <translation>Änderungen werden als %1 gespeichert</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation>Änderung nicht vorgenommen</translation>
    </message>
    <message>
        <source>About Countersign</source>
        <translation>Über Countersign</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Geöffnete Datenbank</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>Neue Datenban&amp;k…</translation>
    </message>
    <message>
        <source>Create an empty database file and open it</source>
        <translation>Eine leere Datenbankdatei anlegen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another Countersign database file</source>
        <translation>Eine andere Countersign-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Open the team&apos;s database on a PostgreSQL server</source>
        <translation>Die Datenbank des Teams auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank si&amp;chern…</translation>
    </message>
    <message>
        <source>Write a complete copy of the open database to a new file</source>
        <translation>Eine vollständige Kopie der geöffneten Datenbank in eine neue Datei schreiben</translation>
    </message>
    <message>
        <source>Take back the last change; the undo is recorded in the audit trail too</source>
        <translation>Die letzte Änderung zurücknehmen; auch das Rückgängigmachen wird im Prüfpfad festgehalten</translation>
    </message>
    <message>
        <source>Make the change taken back by Undo again</source>
        <translation>Die mit „Rückgängig“ zurückgenommene Änderung erneut vornehmen</translation>
    </message>
    <message>
        <source>Set the name recorded with your changes, and the appearance</source>
        <translation>Den mit Ihren Änderungen gespeicherten Namen und das Erscheinungsbild festlegen</translation>
    </message>
    <message>
        <source>Version and licence of Countersign</source>
        <translation>Version und Lizenz von Countersign</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Nachweis</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Version and licence of the Qt toolkit</source>
        <translation>Version und Lizenz des Qt-Toolkits</translation>
    </message>
    <message>
        <source>Countersign %1

Release sign-off checklists: tick the items, sign off by role, export a signed record. Every change is stored when it is made and kept in an append-only audit trail.

Licence: GPL-3.0-or-later. Countersign is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Countersign %1

Checklisten zur Release-Freigabe: Punkte abhaken, nach Rolle freigeben, einen unterschriebenen Nachweis exportieren. Jede Änderung wird sofort gespeichert und in einem Prüfpfad festgehalten, der nur erweitert werden kann.

Lizenz: GPL-3.0-or-later. Countersign ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und/oder verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>A server database is backed up on the server, with its own tools (pg_dump)</source>
        <translation>Eine Server-Datenbank wird auf dem Server mit dessen eigenen Werkzeugen (pg_dump) gesichert</translation>
    </message>
    <message>
        <source>No other database opened recently</source>
        <translation>Zuletzt wurde keine andere Datenbank geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Reopen the Database</source>
        <translation>Datenbank erneut öffnen</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>The manual: how to work through, sign and verify a record, with every key</source>
        <translation>Das Handbuch: wie man einen Nachweis abarbeitet, unterschreibt und prüft, mit allen Tasten</translation>
    </message>
    <message>
        <source>Countersign is reconnecting to the server and reloads the record once it answers: make the change again then if the record does not show it.</source>
        <translation>Countersign verbindet sich erneut mit dem Server und lädt den Nachweis neu, sobald er antwortet: Nehmen Sie die Änderung dann erneut vor, falls der Nachweis sie nicht zeigt.</translation>
    </message>
</context>
<context>
    <name>MarkNotApplicableCommand</name>
    <message>
        <source>Mark all of “%1” not applicable</source>
        <translation>Alles in „%1“ auf Entfällt setzen</translation>
    </message>
</context>
<context>
    <name>MarkdownSource</name>
    <message>
        <source>line %1, column %2: the text holds the control character U+%3, which a checklist cannot show; remove it</source>
        <translation>Zeile %1, Spalte %2: Der Text enthält das Steuerzeichen U+%3, das eine Checkliste nicht anzeigen kann; entfernen Sie es</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <source>New Record</source>
        <translation>Neuer Nachweis</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Release &amp;version:</source>
        <translation>&amp;Release-Version:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Required, for example: Release 2.4</source>
        <translation>Pflichtfeld, zum Beispiel: Release 2.4</translation>
    </message>
    <message>
        <source>For example: 2.4.0</source>
        <translation>Zum Beispiel: 2.4.0</translation>
    </message>
    <message>
        <source>The checklist this record follows</source>
        <translation>Die Checkliste, der dieser Nachweis folgt</translation>
    </message>
    <message>
        <source>Where the release goes; pick one or type another</source>
        <translation>Wohin das Release geht; auswählen oder eine andere eingeben</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Release version</source>
        <translation>Release-Version</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message numerus="yes">
        <source>%1 (v%2, %n items)</source>
        <translation>
            <numerusform>%1 (v%2, %n Punkt)</numerusform>
            <numerusform>%1 (v%2, %n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Development, Staging, Production…</source>
        <translation>Entwicklung, Staging, Produktion…</translation>
    </message>
    <message>
        <source>Create Record</source>
        <translation>Nachweis anlegen</translation>
    </message>
    <message>
        <source>The name the record is listed under</source>
        <translation>Der Name, unter dem der Nachweis aufgeführt wird</translation>
    </message>
    <message>
        <source>The version being released; shown in the record and its report</source>
        <translation>Die Version, die freigegeben wird; erscheint im Nachweis und in seinem Bericht</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <source>Mark All Not Applicable</source>
        <translation>Alle auf Entfällt setzen</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this release? Items to mark N/A: %2.</source>
        <translation>Warum entfällt „%1“ für diese Version? Auf Entfällt zu setzende Punkte: %2.</translation>
    </message>
    <message>
        <source>The reason is stored once with the mark and in the audit trail for every item; an item without a note gets it as its note. Edit ▸ Undo takes it all back.</source>
        <translation>Der Grund wird einmal mit der Markierung und im Prüfpfad für jeden Punkt gespeichert; ein Punkt ohne Notiz bekommt ihn als Notiz. Bearbeiten ▸ Rückgängig nimmt alles zurück.</translation>
    </message>
    <message>
        <source>The reason, for example: hotfix, no staging environment</source>
        <translation>Der Grund, zum Beispiel: Hotfix, keine Staging-Umgebung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Required: a section or group is marked not applicable only with a reason</source>
        <translation>Erforderlich: ein Abschnitt oder eine Gruppe wird nur mit einem Grund auf Entfällt gesetzt</translation>
    </message>
    <message>
        <source>Mark All N/A</source>
        <translation>Alle auf Entfällt</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Mark as Failed</source>
        <translation>Als fehlgeschlagen markieren</translation>
    </message>
    <message>
        <source>Mark as N/A</source>
        <translation>Als „Entfällt“ markieren</translation>
    </message>
    <message>
        <source>What failed in “%1”?</source>
        <translation>Was ist bei „%1“ fehlgeschlagen?</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this release?</source>
        <translation>Warum entfällt „%1“ für dieses Release?</translation>
    </message>
    <message>
        <source>The note is stored with the item and in the audit trail.</source>
        <translation>Die Notiz wird beim Punkt und im Prüfpfad gespeichert.</translation>
    </message>
    <message>
        <source>What went wrong, and what happens next</source>
        <translation>Was schiefging und wie es weitergeht</translation>
    </message>
    <message>
        <source>The reason, for example: no schema change in this release</source>
        <translation>Der Grund, zum Beispiel: keine Schemaänderung in diesem Release</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Mark Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Mark N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Required: N/A and Failed are stored only with a reason</source>
        <translation>Pflichtfeld: „Entfällt“ und „Fehlgeschlagen“ werden nur mit einer Begründung gespeichert</translation>
    </message>
</context>
<context>
    <name>NssDatabase</name>
    <message>
        <source>this program already opened the NSS database %1 and cannot switch to %2 until it restarts</source>
        <translation>dieses Programm hat die NSS-Datenbank %1 bereits geöffnet und kann erst nach einem Neustart zu %2 wechseln</translation>
    </message>
    <message>
        <source>%1 is no NSS database (it has no cert9.db); create one with &quot;certutil -N -d sql:%1&quot;</source>
        <translation>%1 ist keine NSS-Datenbank (es fehlt cert9.db); legen Sie eine mit „certutil -N -d sql:%1“ an</translation>
    </message>
    <message>
        <source>this poppler library was built without NSS and cannot seal or check seals</source>
        <translation>diese Poppler-Bibliothek wurde ohne NSS gebaut und kann Siegel weder anbringen noch prüfen</translation>
    </message>
    <message>
        <source>NSS&apos;s %1 is not installed (Debian package libnss3-tools)</source>
        <translation>%1 von NSS ist nicht installiert (Debian-Paket libnss3-tools)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create an NSS database in %1: %2</source>
        <translation>in %1 kann keine NSS-Datenbank angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is no NSS database (it has no cert9.db)</source>
        <translation>%1 ist keine NSS-Datenbank (cert9.db fehlt)</translation>
    </message>
    <message>
        <source>cannot hand the passwords to pk12util</source>
        <translation>die Passwörter können nicht an pk12util übergeben werden</translation>
    </message>
    <message>
        <source>pk12util did not finish importing %1</source>
        <translation>pk12util hat den Import von %1 nicht beendet</translation>
    </message>
    <message>
        <source>the password of %1 is wrong</source>
        <translation>das Passwort von %1 ist falsch</translation>
    </message>
    <message>
        <source>the NSS database %1 has a password and none was given</source>
        <translation>die NSS-Datenbank %1 hat ein Passwort, und keines wurde angegeben</translation>
    </message>
    <message>
        <source>the password of the NSS database %1 is wrong</source>
        <translation>das Passwort der NSS-Datenbank %1 ist falsch</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>NssPasswordPrompt</name>
    <message>
        <source>The certificate database %1 is protected by a password.

Password:</source>
        <translation>Die Zertifikatsdatenbank %1 ist durch ein Passwort geschützt.

Passwort:</translation>
    </message>
    <message>
        <source>That password did not open the certificate database %1.

Password:</source>
        <translation>Dieses Passwort öffnet die Zertifikatsdatenbank %1 nicht.

Passwort:</translation>
    </message>
    <message>
        <source>Certificate Database Password</source>
        <translation>Passwort der Zertifikatsdatenbank</translation>
    </message>
</context>
<context>
    <name>PasswordQuality</name>
    <message numerus="yes">
        <source>the password is empty: type one of at least %n characters</source>
        <translation>
            <numerusform>das Passwort ist leer: Geben Sie eines mit mindestens %n Zeichen ein</numerusform>
            <numerusform>das Passwort ist leer: Geben Sie eines mit mindestens %n Zeichen ein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the password is too short: use at least %n characters</source>
        <translation>
            <numerusform>das Passwort ist zu kurz: Verwenden Sie mindestens %n Zeichen</numerusform>
            <numerusform>das Passwort ist zu kurz: Verwenden Sie mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>there was not enough memory to check the password</source>
        <translation>nicht genug Speicher, um das Passwort zu prüfen</translation>
    </message>
    <message>
        <source>no locked memory is left to check the password; check the limit on locked memory (ulimit -l)</source>
        <translation>kein gesperrter Speicher mehr frei, um das Passwort zu prüfen; prüfen Sie die Grenze für gesperrten Speicher (ulimit -l)</translation>
    </message>
    <message>
        <source>the password contains the login &quot;%1&quot;: choose one that does not</source>
        <translation>das Passwort enthält den Anmeldenamen „%1“: Wählen Sie eines, das ihn nicht enthält</translation>
    </message>
    <message>
        <source>the password contains a word of the printed name or the login: choose one that has nothing to do with who signs</source>
        <translation>das Passwort enthält ein Wort des Namens in Druckschrift oder des Anmeldenamens: Wählen Sie eines, das nichts mit der unterzeichnenden Person zu tun hat</translation>
    </message>
    <message>
        <source>the password reads the same backwards: choose a less regular one</source>
        <translation>das Passwort liest sich rückwärts gleich: Wählen Sie ein weniger regelmäßiges</translation>
    </message>
    <message>
        <source>the new password is the current one: choose a different one</source>
        <translation>das neue Passwort ist das aktuelle: Wählen Sie ein anderes</translation>
    </message>
    <message>
        <source>the new password differs from the current one only in upper and lower case: choose a different one</source>
        <translation>das neue Passwort unterscheidet sich vom aktuellen nur in Groß- und Kleinschreibung: Wählen Sie ein anderes</translation>
    </message>
    <message>
        <source>the new password is the current one rotated: choose a different one</source>
        <translation>das neue Passwort ist das aktuelle, nur verschoben: Wählen Sie ein anderes</translation>
    </message>
    <message numerus="yes">
        <source>the new password is too similar to the current one: change at least %n characters</source>
        <translation>
            <numerusform>das neue Passwort ist dem aktuellen zu ähnlich: Ändern Sie mindestens %n Zeichen</numerusform>
            <numerusform>das neue Passwort ist dem aktuellen zu ähnlich: Ändern Sie mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>the password cannot be checked: the dictionary of common passwords is missing. Install it (Debian package cracklib-runtime) and try again</source>
        <translation>das Passwort kann nicht geprüft werden: Das Wörterbuch gängiger Passwörter fehlt. Installieren Sie es (Debian-Paket cracklib-runtime) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the password is based on a dictionary word: use several unrelated words, or mix in digits and punctuation</source>
        <translation>das Passwort beruht auf einem Wort aus dem Wörterbuch: Verwenden Sie mehrere Wörter ohne Zusammenhang, oder mischen Sie Ziffern und Satzzeichen hinein</translation>
    </message>
    <message>
        <source>the password is too simple or systematic (like a row of the keyboard or letters in order): choose a less regular one</source>
        <translation>das Passwort ist zu einfach oder zu systematisch (wie eine Tastaturreihe oder Buchstaben der Reihe nach): Wählen Sie ein weniger regelmäßiges</translation>
    </message>
    <message>
        <source>the password has too few different characters: use more kinds of letters, digits or punctuation</source>
        <translation>das Passwort hat zu wenige verschiedene Zeichen: Verwenden Sie mehr verschiedene Buchstaben, Ziffern oder Satzzeichen</translation>
    </message>
    <message>
        <source>the password is only spaces: type one with letters, digits or punctuation</source>
        <translation>das Passwort besteht nur aus Leerzeichen: Geben Sie eines mit Buchstaben, Ziffern oder Satzzeichen ein</translation>
    </message>
    <message>
        <source>the password is based on the name of this computer&apos;s user account: choose one that has nothing to do with it</source>
        <translation>das Passwort beruht auf dem Namen des Benutzerkontos dieses Computers: Wählen Sie eines, das nichts damit zu tun hat</translation>
    </message>
    <message>
        <source>the password is refused: %1. Choose another one</source>
        <translation>das Passwort wird abgelehnt: %1. Wählen Sie ein anderes</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
            <numerusform>Zu kurz: mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation>Geben Sie das Passwort zur Bestätigung noch einmal ein.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Die Passwörter stimmen überein.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>The font %1 %2 does not permit embedding, and a PDF/A file must embed its fonts. Install DejaVu Sans (fonts-dejavu-core).</source>
        <translation>Die Schrift %1 %2 erlaubt kein Einbetten, eine PDF/A-Datei muss ihre Schriften aber einbetten. Installieren Sie DejaVu Sans (fonts-dejavu-core).</translation>
    </message>
    <message>
        <source>Could not embed the font %1 %2 in the PDF: its tables could not be subset. Remove or reinstall that font.</source>
        <translation>Die Schrift %1 %2 konnte nicht in das PDF eingebettet werden: Ihre Tabellen ließen sich nicht auf die verwendeten Zeichen reduzieren. Entfernen Sie die Schrift oder installieren Sie sie neu.</translation>
    </message>
</context>
<context>
    <name>PdfEvidence</name>
    <message>
        <source>%1 is not base64</source>
        <translation>%1 ist kein Base64</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, not %3</source>
        <translation>%1 hat %2 Bytes, nicht %3</translation>
    </message>
    <message>
        <source>there is no evidence block (%1) in it</source>
        <translation>es enthält keinen Belegblock (%1)</translation>
    </message>
    <message>
        <source>signature %1&apos;s %2 is printed twice</source>
        <translation>%2 von Unterschrift %1 ist zweimal gedruckt</translation>
    </message>
    <message>
        <source>the evidence block has no &quot;end&quot; line: it is cut short</source>
        <translation>dem Belegblock fehlt die Zeile „end“: er ist abgeschnitten</translation>
    </message>
    <message>
        <source>the evidence block does not name its record and chain head</source>
        <translation>der Belegblock nennt weder seinen Nachweis noch den Kettenkopf</translation>
    </message>
    <message>
        <source>the evidence block has no signature %1</source>
        <translation>der Belegblock enthält keine Unterschrift %1</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>Unterschrift %1</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 hat kein %2</translation>
    </message>
    <message>
        <source>the evidence block marks a signature it does not print as revoked</source>
        <translation>der Belegblock markiert eine Unterschrift als widerrufen, die er nicht druckt</translation>
    </message>
</context>
<context>
    <name>PdfEvidenceCheck</name>
    <message>
        <source>signature %1</source>
        <translation>Unterschrift %1</translation>
    </message>
    <message>
        <source>%1: no signer&apos;s key is printed (its signer no longer existed)</source>
        <translation>%1: kein Schlüssel des Unterzeichners ist gedruckt (den Unterzeichner gab es nicht mehr)</translation>
    </message>
    <message>
        <source>%1: the Ed25519 signature does not hold for the printed payload and key</source>
        <translation>%1: die Ed25519-Unterschrift passt nicht zu den gedruckten unterschriebenen Daten und dem Schlüssel</translation>
    </message>
    <message>
        <source>%1: the printed key is not the key its payload names</source>
        <translation>%1: der gedruckte Schlüssel ist nicht der, den die unterschriebenen Daten nennen</translation>
    </message>
    <message>
        <source>%1: its payload is for record &quot;%2&quot;, the block for record %3</source>
        <translation>%1: die unterschriebenen Daten gehören zu Nachweis „%2“, der Block zu Nachweis %3</translation>
    </message>
    <message>
        <source>the database: %1</source>
        <translation>die Datenbank: %1</translation>
    </message>
    <message>
        <source>the database no longer holds audit row %1 of record %2, the PDF&apos;s chain head: it was rolled back or rewritten after the PDF was made</source>
        <translation>die Datenbank enthält Prüfpfad-Zeile %1 von Nachweis %2, den Kettenkopf des PDFs, nicht mehr: sie wurde nach dem Erstellen des PDFs zurückgesetzt oder umgeschrieben</translation>
    </message>
    <message>
        <source>audit row %1 of record %2 has the hash %3 in the database, but %4 in the PDF: the audit trail was rewritten after the PDF was made</source>
        <translation>Prüfpfad-Zeile %1 von Nachweis %2 hat in der Datenbank den Hash %3, im PDF aber %4: der Prüfpfad wurde nach dem Erstellen des PDFs umgeschrieben</translation>
    </message>
    <message>
        <source>%1 is no longer in the database with the signature bytes the PDF shows</source>
        <translation>%1 ist mit den Unterschriftsbytes, die das PDF zeigt, nicht mehr in der Datenbank</translation>
    </message>
    <message>
        <source>%1 is in the database, but what it signed there differs from the PDF&apos;s payload</source>
        <translation>%1 ist in der Datenbank, aber was dort unterschrieben ist, weicht von den unterschriebenen Daten des PDFs ab</translation>
    </message>
</context>
<context>
    <name>PdfModule</name>
    <message>
        <source>the PDF reading module %1 is missing: reinstall Countersign</source>
        <translation>das Modul zum Lesen von PDF-Dateien %1 fehlt: installieren Sie Countersign neu</translation>
    </message>
    <message>
        <source>the PDF reading module %1 cannot be loaded (%2): reinstall Countersign</source>
        <translation>das Modul zum Lesen von PDF-Dateien %1 kann nicht geladen werden (%2): installieren Sie Countersign neu</translation>
    </message>
    <message>
        <source>the PDF reading module %1 belongs to another version of Countersign: reinstall it</source>
        <translation>das Modul zum Lesen von PDF-Dateien %1 gehört zu einer anderen Version von Countersign: installieren Sie es neu</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Release sign-off record %1: %2 %3 (%4), %5</source>
        <translation>Release-Freigabenachweis %1: %2 %3 (%4), %5</translation>
    </message>
    <message>
        <source>release sign-off</source>
        <translation>Release-Freigabe</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <source>The PDF export was cancelled.</source>
        <translation>Der PDF-Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free space and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>PdfSealCheck</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>the signed bytes were changed</source>
        <translation>die signierten Bytes wurden geändert</translation>
    </message>
    <message>
        <source>the signature cannot be decoded</source>
        <translation>die Signatur lässt sich nicht dekodieren</translation>
    </message>
    <message>
        <source>the field holds no signature</source>
        <translation>das Feld enthält keine Signatur</translation>
    </message>
    <message>
        <source>the signature could not be checked</source>
        <translation>die Signatur konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>its issuer is marked untrusted</source>
        <translation>sein Aussteller ist als nicht vertrauenswürdig markiert</translation>
    </message>
    <message>
        <source>its issuer is not trusted on this machine</source>
        <translation>seinem Aussteller wird auf diesem Rechner nicht vertraut</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>not valid at the signing time</source>
        <translation>zum Zeitpunkt der Signatur nicht gültig</translation>
    </message>
    <message>
        <source>the certificate could not be checked</source>
        <translation>das Zertifikat konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>PdfSealer</name>
    <message>
        <source>the password of the NSS database %1 is wrong</source>
        <translation>das Passwort der NSS-Datenbank %1 ist falsch</translation>
    </message>
    <message>
        <source>the NSS database %1 has a password and none was given</source>
        <translation>die NSS-Datenbank %1 hat ein Passwort, aber keines wurde angegeben</translation>
    </message>
    <message>
        <source>the NSS database %1 has no certificate with a private key named &quot;%2&quot;</source>
        <translation>die NSS-Datenbank %1 hat kein Zertifikat mit privatem Schlüssel namens „%2“</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; is not valid before %2</source>
        <translation>das Zertifikat „%1“ ist erst ab %2 gültig</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; expired on %2</source>
        <translation>das Zertifikat „%1“ ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; has a key of type %2; only an RSA key can seal a PDF</source>
        <translation>das Zertifikat „%1“ hat einen Schlüssel vom Typ %2; nur ein RSA-Schlüssel kann ein PDF versiegeln</translation>
    </message>
    <message>
        <source>the private key of &quot;%1&quot; does not open with the password given</source>
        <translation>der private Schlüssel von „%1“ lässt sich mit dem angegebenen Passwort nicht öffnen</translation>
    </message>
    <message>
        <source>the PDF to seal cannot be read</source>
        <translation>das zu versiegelnde PDF lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>kann nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>poppler could not seal the PDF with &quot;%1&quot;</source>
        <translation>Poppler konnte das PDF nicht mit „%1“ versiegeln</translation>
    </message>
    <message>
        <source>the sealed PDF did not verify; nothing was written</source>
        <translation>das versiegelte PDF ließ sich nicht bestätigen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>PlainTextIndicator</name>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Connection not encrypted</source>
        <translation>Verbindung nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted (sslmode=%2): passwords, records and signatures cross the network in plain text, and the server is not checked.</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt (sslmode=%2): Passwörter, Nachweise und Unterschriften gehen im Klartext durch das Netz, und der Server wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Connect again with TLS: File ▸ Connect to Server…, Mode verify-full and the organisation&apos;s root certificate (or sslmode=verify-full&amp;sslrootcert=FILE in the address). If the server offers no TLS, ask its administrator to turn it on.</source>
        <translation>Verbinden Sie sich erneut mit TLS: Datei ▸ Mit Server verbinden…, Modus verify-full und das Wurzelzertifikat der Organisation (oder sslmode=verify-full&amp;sslrootcert=DATEI in der Adresse). Bietet der Server kein TLS an, bitten Sie seine Administration, es einzuschalten.</translation>
    </message>
</context>
<context>
    <name>PopplerFile</name>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a PDF</source>
        <translation>%1 lässt sich nicht als PDF öffnen</translation>
    </message>
    <message>
        <source>%1 is locked with a password</source>
        <translation>%1 ist mit einem Passwort gesperrt</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Recorded as who made each change, in the grid and in the audit trail. Left empty, your login name (%1) is used.</source>
        <translation>Wird als Urheber jeder Änderung gespeichert, in der Tabelle und im Prüfpfad. Bleibt das Feld leer, wird Ihr Anmeldename (%1) verwendet.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>The desktop&apos;s own look, or Countersign&apos;s light or dark look</source>
        <translation>Das Aussehen der Arbeitsumgebung, oder das helle bzw. dunkle Aussehen von Countersign</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Sealing</source>
        <translation>&amp;Siegel</translation>
    </message>
</context>
<context>
    <name>ProcedureList</name>
    <message numerus="yes">
        <source>%1, %n steps</source>
        <translation>
            <numerusform>%1, %n Schritt</numerusform>
            <numerusform>%1, %n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Overall %1/%2</source>
        <translation>Gesamt %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>angelegt %1 von %2</translation>
    </message>
    <message>
        <source>Sealed — read-only</source>
        <translation>Versiegelt – schreibgeschützt</translation>
    </message>
    <message>
        <source>Every role has signed this record, so nothing in it can change. To correct it, use Record ▸ Reopen for Changes…, which revokes every signature.</source>
        <translation>Alle Rollen haben diesen Nachweis unterschrieben, daher kann sich nichts mehr daran ändern. Zum Korrigieren verwenden Sie Nachweis ▸ Für Änderungen wieder öffnen…; das widerruft alle Unterschriften.</translation>
    </message>
    <message>
        <source>Signed — read-only</source>
        <translation>Unterschrieben – schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 of %2 roles have signed the record as it stands. The other roles can still sign; to change an item, use Record ▸ Reopen for Changes…, which revokes the signatures.</source>
        <translation>%1 von %2 Rollen haben den Nachweis in seinem jetzigen Stand unterschrieben. Die übrigen Rollen können noch unterschreiben; um einen Punkt zu ändern, verwenden Sie Nachweis ▸ Für Änderungen wieder öffnen…; das widerruft die Unterschriften.</translation>
    </message>
    <message>
        <source>%1 of %2 resolved</source>
        <translation>%1 von %2 geklärt</translation>
    </message>
    <message>
        <source>%1 of %2 resolved: %3 done, %4 N/A, %5 failed, %6 pending</source>
        <translation>%1 von %2 geklärt: %3 erledigt, %4 entfällt, %5 fehlgeschlagen, %6 offen</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>%1
%2 v%3, created %4
%5 done, %6 N/A, %7 failed, %8 pending</source>
        <translation>%1
%2 v%3, angelegt %4
%5 erledigt, %6 entfällt, %7 fehlgeschlagen, %8 offen</translation>
    </message>
    <message>
        <source>%1/%2 ✗%3</source>
        <translation>%1/%2 ✗%3</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>Records</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Filter records (Ctrl+F)</source>
        <translation>Nachweise filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Nachweise filtern</translation>
    </message>
    <message>
        <source>Shows only the records whose title, version, environment, template or state contains this text. Down goes to the list, Escape clears the filter.</source>
        <translation>Zeigt nur die Nachweise, deren Titel, Version, Umgebung, Vorlage oder Zustand diesen Text enthält. Pfeil nach unten führt in die Liste, Esc leert den Filter.</translation>
    </message>
    <message>
        <source>Filter Records</source>
        <translation>Nachweise filtern</translation>
    </message>
    <message>
        <source>Every record in the database; choose one to open it, click a column&apos;s header to sort by it</source>
        <translation>Alle Nachweise der Datenbank; wählen Sie einen, um ihn zu öffnen, oder klicken Sie auf einen Spaltenkopf, um danach zu sortieren</translation>
    </message>
    <message>
        <source>No record matches “%1”.</source>
        <translation>Kein Nachweis passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>RecordState</name>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Partly signed</source>
        <translation>Teilweise unterschrieben</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Versiegelt</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>No record is open.

Create one with File ▸ New Record… (%1), or pick one from the list of records.</source>
        <translation>Kein Nachweis ist geöffnet.

Legen Sie einen mit Datei ▸ Neuer Nachweis… (%1) an, oder wählen Sie einen aus der Liste der Nachweise.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>This record is sealed: every role has signed it, so it cannot change. To correct it, use Record ▸ Reopen for Changes…, which revokes every signature.</source>
        <translation>Dieser Nachweis ist versiegelt: Alle Rollen haben unterschrieben, daher kann er sich nicht mehr ändern. Zum Korrigieren verwenden Sie Nachweis ▸ Für Änderungen wieder öffnen…; das widerruft alle Unterschriften.</translation>
    </message>
    <message>
        <source>This record has been signed, so its items cannot change. To change them, use Record ▸ Reopen for Changes…, which revokes the signatures.</source>
        <translation>Dieser Nachweis wurde unterschrieben, daher können sich seine Punkte nicht mehr ändern. Um sie zu ändern, verwenden Sie Nachweis ▸ Für Änderungen wieder öffnen…; das widerruft die Unterschriften.</translation>
    </message>
    <message>
        <source>Mark All Not &amp;Applicable…</source>
        <translation>&amp;Alle auf Entfällt setzen…</translation>
    </message>
    <message>
        <source>&amp;Mark Section Not Applicable…</source>
        <translation>Ganzen Ab&amp;schnitt auf Entfällt setzen…</translation>
    </message>
    <message>
        <source>Marks every item of the current section not applicable with one reason</source>
        <translation>Setzt jeden Punkt des aktuellen Abschnitts mit einem Grund auf Entfällt</translation>
    </message>
    <message>
        <source>Marks every item of the current group (or section) not applicable with one reason; Ctrl+Shift+G in a checklist</source>
        <translation>Setzt jeden Punkt der aktuellen Gruppe (oder des Abschnitts) mit einem Grund auf Entfällt; Strg+Umschalt+G in einer Checkliste</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>registry statement %1 cannot be read: run countersign-cli verify</source>
        <translation>Registeraussage %1 kann nicht gelesen werden: Führen Sie countersign-cli verify aus</translation>
    </message>
    <message>
        <source>the registry&apos;s root statement cannot be read: run countersign-cli verify</source>
        <translation>die Wurzelaussage des Registers kann nicht gelesen werden: Führen Sie countersign-cli verify aus</translation>
    </message>
    <message>
        <source>this database has a signer registry already (root %1); an administrator adds administrators with admin add</source>
        <translation>diese Datenbank hat bereits ein Unterzeichnerregister (Wurzel %1); weitere Administratoren fügt ein Administrator mit admin add hinzu</translation>
    </message>
    <message>
        <source>an administrator&apos;s login is one word without spaces</source>
        <translation>der Anmeldename eines Administrators ist ein Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <source>an administrator needs a printed name</source>
        <translation>ein Administrator braucht einen Namen in Druckschrift</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografiebibliothek konnte nicht starten</translation>
    </message>
    <message>
        <source>no guarded memory for a new key</source>
        <translation>kein geschützter Speicher für einen neuen Schlüssel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a signer&apos;s login: an administrator may not certify themselves, so choose another login for the administrator</source>
        <translation>„%1“ ist der Anmeldename eines Unterzeichners: Ein Administrator darf sich nicht selbst beglaubigen, wählen Sie daher einen anderen Anmeldenamen für den Administrator</translation>
    </message>
    <message>
        <source>another program created the signer registry meanwhile</source>
        <translation>ein anderes Programm hat das Unterzeichnerregister inzwischen angelegt</translation>
    </message>
    <message>
        <source>the administrator&apos;s login or password is wrong</source>
        <translation>Anmeldename oder Passwort des Administrators ist falsch</translation>
    </message>
    <message>
        <source>this database has no administrator yet: countersign-cli admin init creates the first one</source>
        <translation>diese Datenbank hat noch keinen Administrator: countersign-cli admin init legt den ersten an</translation>
    </message>
    <message>
        <source>the administrator %1 has been deactivated</source>
        <translation>der Administrator %1 wurde deaktiviert</translation>
    </message>
    <message>
        <source>the administrator %1 is locked after %2 wrong passwords, until %3. Try again later.</source>
        <translation>der Administrator %1 ist nach %2 falschen Passwörtern bis %3 gesperrt. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>the administrator&apos;s login or password is wrong. After %1 wrong passwords in a row, %2 is locked for %3 minutes.</source>
        <translation>Anmeldename oder Passwort des Administrators ist falsch. Nach %1 falschen Passwörtern in Folge wird %2 für %3 Minuten gesperrt.</translation>
    </message>
    <message>
        <source>the key of the administrator %1 is not the one the signer registry certified: the administrators table was changed outside Countersign. Run countersign-cli verify.</source>
        <translation>der Schlüssel des Administrators %1 ist nicht der, den das Unterzeichnerregister beglaubigt hat: Die Administratorentabelle wurde außerhalb von Countersign geändert. Führen Sie countersign-cli verify aus.</translation>
    </message>
    <message>
        <source>an administrator may not certify themselves: another administrator must add or change %1</source>
        <translation>ein Administrator darf sich nicht selbst beglaubigen: Ein anderer Administrator muss %1 hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>this database has no signer registry: countersign-cli admin init creates it</source>
        <translation>diese Datenbank hat kein Unterzeichnerregister: countersign-cli admin init legt es an</translation>
    </message>
    <message>
        <source>there is already an administrator with the login &quot;%1&quot;</source>
        <translation>es gibt bereits einen Administrator mit dem Anmeldenamen „%1“</translation>
    </message>
    <message>
        <source>%1 has no certificate in the signer registry that matches their key, name and roles: the signers table was changed outside Countersign, or an administrator has not certified them. Ask an administrator to run countersign-cli verify.</source>
        <translation>%1 hat im Unterzeichnerregister kein Zertifikat, das zu Schlüssel, Namen und Rollen passt: Die Unterzeichnertabelle wurde außerhalb von Countersign geändert, oder ein Administrator hat die Person nicht beglaubigt. Bitten Sie einen Administrator, countersign-cli verify auszuführen.</translation>
    </message>
    <message>
        <source>a signer needs at least one role; deactivate %1 instead</source>
        <translation>ein Unterzeichner braucht mindestens eine Rolle; deaktivieren Sie %1 stattdessen</translation>
    </message>
    <message>
        <source>%1 has been deactivated: reactivate them before changing their roles</source>
        <translation>%1 ist deaktiviert: Aktivieren Sie die Person wieder, bevor Sie ihre Rollen ändern</translation>
    </message>
    <message>
        <source>no guarded memory for a new recovery key</source>
        <translation>kein geschützter Speicher für einen neuen Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the recovery key, which has no password and cannot certify: it only resets a lost administrator password (countersign-cli admin recover). Sign in as an administrator.</source>
        <translation>„%1“ ist der Wiederherstellungsschlüssel, der kein Passwort hat und nicht beglaubigen kann: Er setzt nur ein verlorenes Administratorpasswort zurück (countersign-cli admin recover). Melden Sie sich als Administrator an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the recovery key: choose another login</source>
        <translation>„%1“ ist für den Wiederherstellungsschlüssel reserviert: Wählen Sie einen anderen Anmeldenamen</translation>
    </message>
    <message>
        <source>that is not a recovery key: it has 26 letters and digits, as printed by admin init (dashes and spaces do not matter)</source>
        <translation>das ist kein Wiederherstellungsschlüssel: Er hat 26 Buchstaben und Ziffern, wie admin init ihn ausgegeben hat (Bindestriche und Leerzeichen spielen keine Rolle)</translation>
    </message>
    <message>
        <source>this database has no recovery key: another administrator resets the password (admin recovery-key issues a recovery key for next time)</source>
        <translation>diese Datenbank hat keinen Wiederherstellungsschlüssel: Ein anderer Administrator setzt das Passwort zurück (admin recovery-key stellt einen Wiederherstellungsschlüssel für das nächste Mal aus)</translation>
    </message>
    <message>
        <source>no guarded memory for the recovery key</source>
        <translation>kein geschützter Speicher für den Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>this recovery key does not belong to this database: check the sheet (and that this is the database it was printed for)</source>
        <translation>dieser Wiederherstellungsschlüssel gehört nicht zu dieser Datenbank: Prüfen Sie das Blatt (und ob dies die Datenbank ist, für die er ausgegeben wurde)</translation>
    </message>
    <message>
        <source>the recovery key resets an administrator&apos;s password; it has none of its own</source>
        <translation>der Wiederherstellungsschlüssel setzt das Passwort eines Administrators zurück; er selbst hat keines</translation>
    </message>
    <message>
        <source>the administrator %1 has no certificate in force in the signer registry: run countersign-cli verify</source>
        <translation>der Administrator %1 hat kein gültiges Zertifikat im Unterzeichnerregister: Führen Sie countersign-cli verify aus</translation>
    </message>
    <message>
        <source>the administrator &quot;%1&quot; is a person&apos;s account from before recovery keys: this database cannot have a recovery key</source>
        <translation>der Administrator „%1“ ist das Konto einer Person aus der Zeit vor den Wiederherstellungsschlüsseln: Diese Datenbank kann keinen Wiederherstellungsschlüssel haben</translation>
    </message>
    <message>
        <source>a signer&apos;s certificate needs one administrator, or two under the two-person rule</source>
        <translation>das Zertifikat eines Unterzeichners braucht einen Administrator, oder zwei nach dem Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <source>%1 has no certificate awaiting a second administrator&apos;s approval: nothing to approve</source>
        <translation>%1 hat kein Zertifikat, das auf die Zustimmung eines zweiten Administrators wartet: Es gibt nichts zu bestätigen</translation>
    </message>
    <message>
        <source>the two-person rule needs another administrator: %1 issued this certificate</source>
        <translation>das Vier-Augen-Prinzip verlangt einen anderen Administrator: %1 hat dieses Zertifikat ausgestellt</translation>
    </message>
    <message>
        <source>%1&apos;s key is not the one their certificate names: the signers table was changed outside Countersign. Run countersign-cli verify.</source>
        <translation>der Schlüssel von %1 ist nicht der, den das Zertifikat nennt: Die Unterzeichnertabelle wurde außerhalb von Countersign geändert. Führen Sie countersign-cli verify aus.</translation>
    </message>
    <message>
        <source>%1 awaits a second administrator&apos;s approval (two-person rule): countersign-cli signer approve %1 --admin LOGIN</source>
        <translation>%1 wartet auf die Zustimmung eines zweiten Administrators (Vier-Augen-Prinzip): countersign-cli signer approve %1 --admin LOGIN</translation>
    </message>
</context>
<context>
    <name>RegistryActions</name>
    <message>
        <source>&amp;Signers…</source>
        <translation>&amp;Unterzeichner…</translation>
    </message>
    <message>
        <source>The signer registry: who may sign, certified by an administrator</source>
        <translation>Das Unterzeichnerregister: wer unterschreiben darf, beglaubigt von einem Administrator</translation>
    </message>
    <message>
        <source>Signer registry set up, root fingerprint %1</source>
        <translation>Unterzeichnerregister eingerichtet, Fingerabdruck der Wurzel %1</translation>
    </message>
</context>
<context>
    <name>RegistryNotice</name>
    <message>
        <source>This database has no administrator yet, so nobody can be added as a signer. Set up its first administrator once; they then certify each signer with their password.</source>
        <translation>Diese Datenbank hat noch keinen Administrator, daher kann niemand als Unterzeichner hinzugefügt werden. Richten Sie einmal ihren ersten Administrator ein; er beglaubigt dann jeden Unterzeichner mit seinem Passwort.</translation>
    </message>
    <message>
        <source>Set &amp;Up This Database…</source>
        <translation>Datenbank einrich&amp;ten…</translation>
    </message>
</context>
<context>
    <name>RegistrySetupDialog</name>
    <message>
        <source>Set Up This Database</source>
        <translation>Datenbank einrichten</translation>
    </message>
    <message>
        <source>&amp;Set Up</source>
        <translation>&amp;Einrichten</translation>
    </message>
    <message>
        <source>Who may sign is certified by an administrator: adding a signer, changing their roles, deactivating or unlocking them each needs an administrator&apos;s password, and verify checks every signature against those certificates. This database has no administrator yet; create the first one. Someone who can write the database file but knows no administrator&apos;s password cannot add a signer of their own.</source>
        <translation>Wer unterschreiben darf, beglaubigt ein Administrator: Einen Unterzeichner hinzufügen, seine Rollen ändern, ihn deaktivieren oder entsperren braucht jeweils das Passwort eines Administrators, und die Prüfung misst jede Unterschrift an diesen Beglaubigungen. Diese Datenbank hat noch keinen Administrator; legen Sie den ersten an. Wer die Datenbankdatei schreiben kann, aber kein Administratorpasswort kennt, kann keinen eigenen Unterzeichner hinzufügen.</translation>
    </message>
    <message>
        <source>Signers to certify</source>
        <translation>Zu beglaubigende Unterzeichner</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1, deactivated: not certified</source>
        <translation>%1, deaktiviert: nicht beglaubigt</translation>
    </message>
    <message>
        <source>For example: admin.jdoe</source>
        <translation>Zum Beispiel: admin.mmuster</translation>
    </message>
    <message>
        <source>As it should appear on certificates</source>
        <translation>So, wie er auf Beglaubigungen stehen soll</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>&amp;Anmeldename des Administrators:</translation>
    </message>
    <message>
        <source>Printed &amp;name:</source>
        <translation>Name in &amp;Druckschrift:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>The database&apos;s signer registry is set up. Its root fingerprint identifies it: every PDF report prints it, each machine remembers it, and countersign-cli verify --root checks it. Give it to everyone who verifies records:</source>
        <translation>Das Unterzeichnerregister der Datenbank ist eingerichtet. Der Fingerabdruck seiner Wurzel kennzeichnet es: Jeder PDF-Bericht druckt ihn, jeder Rechner merkt ihn sich, und countersign-cli verify --root prüft ihn. Geben Sie ihn allen, die Nachweise prüfen:</translation>
    </message>
    <message>
        <source>The recovery key resets an administrator&apos;s password if it is forgotten. Write it down now and keep it apart from this computer and the database: it is not shown again, and whoever holds it can take over the administration.</source>
        <translation>Der Wiederherstellungsschlüssel setzt das Passwort eines Administrators zurück, wenn es vergessen wurde. Notieren Sie ihn jetzt und bewahren Sie ihn getrennt von diesem Rechner und der Datenbank auf: Er wird nicht noch einmal angezeigt, und wer ihn hat, kann die Verwaltung übernehmen.</translation>
    </message>
    <message>
        <source>C&amp;opy Recovery Key</source>
        <translation>Wiederherstellungsschlüssel k&amp;opieren</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Ich habe den Wiederherstellungsschlüssel &amp;notiert</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>This database has signers already. The administrator certifies them as they are now; every signature made so far stays valid and is shown as made before the registry:</source>
        <translation>Diese Datenbank hat schon Unterzeichner. Der Administrator beglaubigt sie in ihrem jetzigen Stand; jede bisher geleistete Unterschrift bleibt gültig und wird als vor dem Register geleistet gezeigt:</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Two administrators &amp;approve each signer (two-person rule)</source>
        <translation>Zwei Administratoren &amp;genehmigen jeden Unterzeichner (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>A signer certified by one administrator can sign only once a second administrator approves. Fixed for the database&apos;s life: it cannot be changed later.</source>
        <translation>Ein von einem Administrator beglaubigter Unterzeichner kann erst unterschreiben, wenn ein zweiter Administrator zustimmt. Gilt für die ganze Lebensdauer der Datenbank: Es lässt sich später nicht ändern.</translation>
    </message>
</context>
<context>
    <name>RegistryVerifier</name>
    <message>
        <source>registry statement %1</source>
        <translation>Registeraussage %1</translation>
    </message>
    <message>
        <source>%1: its stored hash is not the hash of its bytes</source>
        <translation>%1: der gespeicherte Hash ist nicht der Hash ihrer Bytes</translation>
    </message>
    <message>
        <source>%1 is not the statement the audit trail recorded: the registry was written outside Countersign</source>
        <translation>%1 ist nicht die Aussage, die der Prüfpfad festgehalten hat: Das Register wurde außerhalb von Countersign geschrieben</translation>
    </message>
    <message>
        <source>%1 is not a countersign-certificate/1 statement in canonical form</source>
        <translation>%1 ist keine countersign-certificate/1-Aussage in kanonischer Form</translation>
    </message>
    <message>
        <source>%1: the chain expects statement %2 here (it says %3)</source>
        <translation>%1: die Kette erwartet hier Aussage %2 (sie nennt %3)</translation>
    </message>
    <message>
        <source>%1 does not chain to the statement before it</source>
        <translation>%1 schließt nicht an die Aussage vor ihr an</translation>
    </message>
    <message>
        <source>%1 belongs to another database (%2)</source>
        <translation>%1 gehört zu einer anderen Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1 was issued before the statement before it</source>
        <translation>%1 wurde vor der Aussage vor ihr ausgestellt</translation>
    </message>
    <message>
        <source>%1: its Ed25519 signature does not hold for its issuer&apos;s key</source>
        <translation>%1: ihre Ed25519-Signatur gilt nicht für den Schlüssel ihres Ausstellers</translation>
    </message>
    <message>
        <source>%1: only the first statement is the root</source>
        <translation>%1: nur die erste Aussage ist die Wurzel</translation>
    </message>
    <message>
        <source>%1: the root statement must be an administrator&apos;s, signed by themselves</source>
        <translation>%1: die Wurzelaussage muss die eines Administrators sein, von ihm selbst signiert</translation>
    </message>
    <message>
        <source>%1 was issued by %2, who was not an administrator certified by the registry then</source>
        <translation>%1 wurde von %2 ausgestellt, der damals kein vom Register beglaubigter Administrator war</translation>
    </message>
    <message>
        <source>%1: only the root statement may list legacy signatures</source>
        <translation>%1: nur die Wurzelaussage darf Altunterschriften aufführen</translation>
    </message>
    <message>
        <source>%1: %2 certified themselves</source>
        <translation>%1: %2 hat sich selbst beglaubigt</translation>
    </message>
    <message>
        <source>registry statement %1 is in the audit trail but no longer in the registry</source>
        <translation>Registeraussage %1 steht im Prüfpfad, aber nicht mehr im Register</translation>
    </message>
    <message>
        <source>the registry&apos;s root is %1, but %2 is %3: the administrators were replaced, or this is another database</source>
        <translation>die Wurzel des Registers ist %1, aber %2 ist %3: Die Administratoren wurden ersetzt, oder dies ist eine andere Datenbank</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>the signer %1 is active but has no certificate in force in the registry: the signers table was written outside Countersign</source>
        <translation>der Unterzeichner %1 ist aktiv, hat aber kein gültiges Zertifikat im Register: Die Unterzeichnertabelle wurde außerhalb von Countersign geschrieben</translation>
    </message>
    <message>
        <source>the signer %1&apos;s key, printed name or roles are not the ones their certificate (statement %2) names: the signers table was changed outside Countersign</source>
        <translation>Schlüssel, Name in Druckschrift oder Rollen des Unterzeichners %1 sind nicht die, die sein Zertifikat (Aussage %2) nennt: Die Unterzeichnertabelle wurde außerhalb von Countersign geändert</translation>
    </message>
    <message>
        <source>the administrator %1 has no certificate in force for their key: the administrators table was written outside Countersign</source>
        <translation>der Administrator %1 hat kein gültiges Zertifikat für seinen Schlüssel: Die Administratorentabelle wurde außerhalb von Countersign geschrieben</translation>
    </message>
    <message>
        <source>it names no certificate and is not on the root&apos;s list of signatures made before the registry</source>
        <translation>sie nennt kein Zertifikat und steht nicht auf der Liste der Wurzel mit den Unterschriften von vor dem Register</translation>
    </message>
    <message>
        <source>the certificate it names (%1) is not in the registry</source>
        <translation>das Zertifikat, das sie nennt (%1), ist nicht im Register</translation>
    </message>
    <message>
        <source>the certificate it names (statement %1) does not certify this signer&apos;s key</source>
        <translation>das Zertifikat, das sie nennt (Aussage %1), beglaubigt nicht den Schlüssel dieses Unterzeichners</translation>
    </message>
    <message>
        <source>the certificate it names (statement %1) was not in force when it was signed</source>
        <translation>das Zertifikat, das sie nennt (Aussage %1), war beim Unterschreiben nicht in Kraft</translation>
    </message>
    <message>
        <source>%1: the recovery key may only recover an administrator, but it issued a %2 statement</source>
        <translation>%1: der Wiederherstellungsschlüssel darf nur einen Administrator wiederherstellen, hat aber eine %2-Aussage ausgestellt</translation>
    </message>
    <message>
        <source>%1: only the recovery key may recover an administrator, but %2 issued it</source>
        <translation>%1: nur der Wiederherstellungsschlüssel darf einen Administrator wiederherstellen, aber %2 hat sie ausgestellt</translation>
    </message>
    <message>
        <source>%1 recovers %2, who is not an administrator certified by the registry then</source>
        <translation>%1 stellt %2 wieder her, der damals kein vom Register beglaubigter Administrator war</translation>
    </message>
    <message>
        <source>%1: the root requires %2 approvals; Countersign writes 1, or 2 under the two-person rule</source>
        <translation>%1: die Wurzel verlangt %2 Zustimmungen; Countersign schreibt 1, oder 2 nach dem Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <source>%1 requires %2 approvals where the registry&apos;s rule requires %3: it was not written by Countersign</source>
        <translation>%1 verlangt %2 Zustimmungen, wo die Regel des Registers %3 verlangt: Countersign hat sie nicht geschrieben</translation>
    </message>
    <message>
        <source>%1: only an approve statement names a statement it approves</source>
        <translation>%1: Nur eine approve-Aussage nennt eine Aussage, der sie zustimmt</translation>
    </message>
    <message>
        <source>%1 approves %2, which is no certificate of %3 awaiting approval</source>
        <translation>%1 stimmt %2 zu, das kein auf Zustimmung wartendes Zertifikat von %3 ist</translation>
    </message>
    <message>
        <source>%1: the recovery key may not approve a signer&apos;s certificate</source>
        <translation>%1: Der Wiederherstellungsschlüssel darf dem Zertifikat eines Unterzeichners nicht zustimmen</translation>
    </message>
    <message>
        <source>%1: %2 approved their own certificate of %3, but the two-person rule needs another administrator</source>
        <translation>%1: %2 hat dem eigenen Zertifikat für %3 zugestimmt, aber das Vier-Augen-Prinzip verlangt einen anderen Administrator</translation>
    </message>
    <message>
        <source>%1 does not approve the signer and key that statement %2 certifies</source>
        <translation>%1 stimmt nicht dem Unterzeichner und Schlüssel zu, die Aussage %2 beglaubigt</translation>
    </message>
    <message>
        <source>the certificate it names (statement %1) awaited a second administrator&apos;s approval (two-person rule) when it was signed</source>
        <translation>das genannte Zertifikat (Aussage %1) wartete beim Unterzeichnen noch auf die Zustimmung eines zweiten Administrators (Vier-Augen-Prinzip)</translation>
    </message>
</context>
<context>
    <name>RemoveEvidenceDialog</name>
    <message>
        <source>Remove Evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>Say why “%1” no longer counts as evidence. The file stays in the database and in the audit trail, marked removed with your name and this reason; the PDF lists it as removed.</source>
        <translation>Sagen Sie, warum „%1“ nicht mehr als Beleg gilt. Die Datei bleibt in der Datenbank und im Prüfpfad, als entfernt markiert, mit Ihrem Namen und diesem Grund; das PDF führt sie als entfernt.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Reason for removing</source>
        <translation>Grund für das Entfernen</translation>
    </message>
    <message>
        <source>For example: the log of the wrong build</source>
        <translation>Zum Beispiel: das Protokoll des falschen Builds</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen Record</source>
        <translation>Nachweis wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Record #%1</source>
        <translation>Nachweis Nr. %1</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen “%1” for changes</source>
        <translation>„%1“ für Änderungen wieder öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Every signature on this record will be revoked (%n standing).</source>
        <translation>
            <numerusform>Jede Unterschrift auf diesem Nachweis wird widerrufen (%n besteht).</numerusform>
            <numerusform>Jede Unterschrift auf diesem Nachweis wird widerrufen (%n bestehen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The record returns to In progress so it can be changed, and every role must sign again. The revoked signatures stay in the record&apos;s history with your name and reason, and the audit trail records the reopening.</source>
        <translation>Der Nachweis geht zurück auf „In Arbeit“, damit er geändert werden kann, und alle Rollen müssen erneut unterschreiben. Die widerrufenen Unterschriften bleiben mit Ihrem Namen und Grund in der Geschichte des Nachweises, und der Prüfpfad hält das Wiederöffnen fest.</translation>
    </message>
    <message>
        <source>Your signer login</source>
        <translation>Ihr Anmeldename als Unterzeichner</translation>
    </message>
    <message>
        <source>Your signing password</source>
        <translation>Ihr Unterschriftspasswort</translation>
    </message>
    <message>
        <source>Why the record must change, for example: a failed smoke test after sign-off (required)</source>
        <translation>Warum sich der Nachweis ändern muss, zum Beispiel: ein fehlgeschlagener Smoke-Test nach der Freigabe (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Grund für das Wiederöffnen</translation>
    </message>
    <message>
        <source>&amp;Reopen and Revoke Signatures</source>
        <translation>&amp;Wieder öffnen und Unterschriften widerrufen</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Dr&amp;uckvorschau…</translation>
    </message>
    <message>
        <source>Open PDF &amp;After Export</source>
        <translation>PDF nach dem Export &amp;öffnen</translation>
    </message>
    <message>
        <source>Print the open record&apos;s report</source>
        <translation>Den Bericht des geöffneten Nachweises drucken</translation>
    </message>
    <message>
        <source>See the open record&apos;s report page by page before printing</source>
        <translation>Den Bericht des geöffneten Nachweises vor dem Drucken Seite für Seite ansehen</translation>
    </message>
    <message>
        <source>Open each exported PDF in the system&apos;s PDF viewer</source>
        <translation>Jedes exportierte PDF im PDF-Betrachter des Systems öffnen</translation>
    </message>
    <message>
        <source>The record could not be read, so there is no report.

%1

Reload the record (View ▸ Reload Record) and try again.</source>
        <translation>Der Nachweis konnte nicht gelesen werden, daher gibt es keinen Bericht.

%1

Laden Sie den Nachweis neu (Ansicht ▸ Nachweis neu laden) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing the PDF of “%1”…</source>
        <translation>PDF von „%1“ wird geschrieben…</translation>
    </message>
    <message>
        <source>PDF export cancelled; nothing was written</source>
        <translation>PDF-Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>The PDF of “%1” was not written to %2.

%3

Nothing was changed on disk. Choose another folder or file name and export again.</source>
        <translation>Das PDF von „%1“ wurde nicht nach %2 geschrieben.

%3

Auf dem Datenträger wurde nichts verändert. Wählen Sie einen anderen Ordner oder Dateinamen und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Exported “%1” as PDF to %2</source>
        <translation>„%1“ als PDF nach %2 exportiert</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>„%1“ wird gedruckt…</translation>
    </message>
    <message>
        <source>Printing cancelled</source>
        <translation>Drucken abgebrochen</translation>
    </message>
    <message>
        <source>“%1” was not printed.

%2

Check that the printer is switched on and connected, or print to a PDF file instead.</source>
        <translation>„%1“ wurde nicht gedruckt.

%2

Prüfen Sie, ob der Drucker eingeschaltet und angeschlossen ist, oder drucken Sie stattdessen in eine PDF-Datei.</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <source>The preview of “%1” could not be drawn.

%2

Try File ▸ Export PDF… instead, and tell whoever maintains Countersign.</source>
        <translation>Die Vorschau von „%1“ konnte nicht gezeichnet werden.

%2

Versuchen Sie stattdessen Datei ▸ Als PDF exportieren…, und informieren Sie die Betreuer von Countersign.</translation>
    </message>
    <message>
        <source>Sent “%1” to %2 (1 page)</source>
        <translation>„%1“ an %2 gesendet (1 Seite)</translation>
    </message>
    <message>
        <source>Sent “%1” to %2 (%3 pages)</source>
        <translation>„%1“ an %2 gesendet (%3 Seiten)</translation>
    </message>
    <message>
        <source>Write the open record as a PDF/A report, with its signatures and audit trail; sealed when Preferences ▸ Sealing names a certificate</source>
        <translation>Den geöffneten Nachweis als PDF/A-Bericht mit Unterschriften und Prüfpfad schreiben; versiegelt, wenn Einstellungen ▸ Siegel ein Zertifikat nennt</translation>
    </message>
    <message>
        <source>Exported “%1” as PDF to %2, sealed by %3</source>
        <translation>„%1“ als PDF nach %2 exportiert, versiegelt von %3</translation>
    </message>
    <message>
        <source>%1; no PDF viewer could open it</source>
        <translation>%1; kein PDF-Betrachter konnte es öffnen</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <source>Record %1 · Content SHA-256 </source>
        <translation>Nachweis %1 · Inhalt SHA-256 </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Sign-off: %1 of %2 roles signed</source>
        <translation>Freigabe: %1 von %2 Rollen haben unterschrieben</translation>
    </message>
    <message>
        <source>; every signature is valid for the content below.</source>
        <translation>; jede Unterschrift ist für den folgenden Inhalt gültig.</translation>
    </message>
    <message>
        <source>; signatures invalidated by a later change: %1.</source>
        <translation>; durch eine spätere Änderung ungültig gewordene Unterschriften: %1.</translation>
    </message>
    <message>
        <source>Record %1 · %2</source>
        <translation>Nachweis %1 · %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>(none) → %1</source>
        <translation>(keine) → %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>RELEASE SIGN-OFF RECORD</source>
        <translation>NACHWEIS ZUR RELEASE-FREIGABE</translation>
    </message>
    <message>
        <source>%1, template version %2</source>
        <translation>%1, Vorlagenversion %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Release version</source>
        <translation>Release-Version</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Nachweis-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>Erzeugt am</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Erzeugt von</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Failed and N/A items</source>
        <translation>Fehlgeschlagene und entfallene Punkte</translation>
    </message>
    <message>
        <source>None: no item is marked Failed or N/A.</source>
        <translation>Keine: Kein Punkt ist als „Fehlgeschlagen“ oder „Entfällt“ markiert.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Checked at (UTC%1)</source>
        <translation>Geprüft am (UTC%1)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Name in Druckschrift</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>login: %1</source>
        <translation>Anmeldename: %1</translation>
    </message>
    <message>
        <source>UTC%1</source>
        <translation>UTC%1</translation>
    </message>
    <message>
        <source>Typed signature</source>
        <translation>Getippte Unterschrift</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Each signature is the signer&apos;s printed name, the date and time, and the meaning of the signature, bound by an Ed25519 signature to the SHA-256 digest of the record&apos;s content. Valid: the record still has the content that was signed. Invalidated: the record changed after signing. Revoked: withdrawn when the record was reopened.</source>
        <translation>Jede Unterschrift besteht aus dem Namen des Unterzeichners in Druckschrift, Datum und Uhrzeit sowie der Bedeutung der Unterschrift, durch eine Ed25519-Signatur an den SHA-256-Hashwert des Nachweisinhalts gebunden. Gültig: Der Nachweis hat noch den unterschriebenen Inhalt. Ungültig geworden: Der Nachweis wurde nach dem Unterschreiben geändert. Widerrufen: beim Wiederöffnen des Nachweises zurückgezogen.</translation>
    </message>
    <message>
        <source>Appendix A — Audit trail</source>
        <translation>Anhang A – Prüfpfad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time (UTC%1)</source>
        <translation>Zeit (UTC%1)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change (old → new)</source>
        <translation>Änderung (alt → neu)</translation>
    </message>
    <message>
        <source>Record integrity</source>
        <translation>Integrität des Nachweises</translation>
    </message>
    <message>
        <source>Content digest (SHA-256) of record %1 when this report was generated:</source>
        <translation>Inhalts-Hashwert (SHA-256) von Nachweis %1 beim Erzeugen dieses Berichts:</translation>
    </message>
    <message>
        <source>Generated by Countersign %1 on %2 by %3. `countersign-cli verify` checks the record, its signatures and its audit chain against the database.</source>
        <translation>Erzeugt mit Countersign %1 am %2 von %3. `countersign-cli verify` prüft den Nachweis, seine Unterschriften und seine Prüfkette gegen die Datenbank.</translation>
    </message>
    <message>
        <source>Machine-readable evidence: `countersign-cli verify --pdf` checks it, from this document alone or against the database (`--db`).</source>
        <translation>Maschinenlesbarer Beleg: `countersign-cli verify --pdf` prüft ihn, allein aus diesem Dokument oder gegen die Datenbank (`--db`).</translation>
    </message>
    <message>
        <source>Sealed at export with a PDF signature by %1 (certificate issued by %2). Any PDF reader shows the seal and whether the file was changed after it; `pdfsig` checks it on the command line.</source>
        <translation>Beim Export mit einer PDF-Signatur von %1 versiegelt (Zertifikat ausgestellt von %2). Jeder PDF-Betrachter zeigt das Siegel und ob die Datei danach geändert wurde; `pdfsig` prüft es auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Signers are certified by this database&apos;s signer registry, root fingerprint %1; `countersign-cli verify --root` checks a database against it.</source>
        <translation>Die Unterzeichner sind vom Unterzeichnerregister dieser Datenbank beglaubigt, Fingerabdruck der Wurzel %1; `countersign-cli verify --root` prüft eine Datenbank dagegen.</translation>
    </message>
    <message>
        <source>Every change to this record, oldest first, as its append-only audit trail holds it. Under each actor&apos;s name, in brackets, the computer account that made the change when it differs from the name. Events: %1.</source>
        <translation>Jede Änderung an diesem Nachweis, die älteste zuerst, wie sie der nur erweiterbare Prüfpfad enthält. Unter dem Namen der handelnden Person steht in Klammern das Computerkonto, das die Änderung vornahm, wenn es vom Namen abweicht. Ereignisse: %1.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Before the registry</source>
        <translation>Vor dem Register</translation>
    </message>
    <message>
        <source>Before the registry: made before this database had a signer registry; its first statement lists the signature, and verify checks it there.</source>
        <translation>Vor dem Register: geleistet, bevor diese Datenbank ein Unterzeichnerregister hatte; dessen erste Aussage listet die Unterschrift auf, und die Prüfung kontrolliert sie dort.</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>Notiz von %1, %2</translation>
    </message>
    <message>
        <source>Declined: the signer refused to sign, with the reason shown, made with their login and password and bound to the content as it was then.</source>
        <translation>Abgelehnt: Der Unterzeichner hat die Unterschrift mit der gezeigten Begründung verweigert, mit Anmeldename und Passwort, gebunden an den Inhalt, wie er damals war.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Declined by %1 on %2</source>
        <translation>Abgelehnt von %1 am %2</translation>
    </message>
    <message>
        <source>Not applicable: </source>
        <translation>Entfällt: </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>(all %1 items)</source>
        <translation>(alle %1 Punkte)</translation>
    </message>
    <message>
        <source>Not applicable: %1 (%2, %3)</source>
        <translation>Entfällt: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Signer %1 of %2</source>
        <translation>Unterzeichner %1 von %2</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>unabhängig</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Evidence (removed): %1, %2, SHA-256 %3</source>
        <translation>Beleg (entfernt): %1, %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Evidence: %1, %2, SHA-256 %3</source>
        <translation>Beleg: %1, %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Appendix B — Evidence</source>
        <translation>Anhang B – Belege</translation>
    </message>
    <message>
        <source>Appendix A — Evidence</source>
        <translation>Anhang A – Belege</translation>
    </message>
    <message>
        <source>The files attached to the record&apos;s items. A file&apos;s SHA-256 identifies its bytes: a copy whose hash matches is the file that was attached. A removed file&apos;s bytes stay in the database.</source>
        <translation>Die an die Punkte des Nachweises angehängten Dateien. Der SHA-256 einer Datei kennzeichnet ihre Bytes: Eine Kopie mit demselben Hash ist die Datei, die angehängt wurde. Die Bytes einer entfernten Datei bleiben in der Datenbank.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Zu: %1</translation>
    </message>
    <message>
        <source>%1, %2; attached by %3, %4</source>
        <translation>%1, %2; angehängt von %3, %4</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>Typ unbekannt</translation>
    </message>
    <message>
        <source>Removed by %1, %2: %3</source>
        <translation>Entfernt von %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>A PDF report needs fonts, which need a QGuiApplication; construct one (with QT_QPA_PLATFORM=offscreen on a command line) before exporting.</source>
        <translation>Ein PDF-Bericht braucht Schriften und damit eine QGuiApplication; legen Sie vor dem Export eine an (auf der Kommandozeile mit QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is no device to print on.</source>
        <translation>Es gibt kein Gerät zum Drucken.</translation>
    </message>
    <message>
        <source>Could not start painting on the printer or file; check that it is available.</source>
        <translation>Das Zeichnen auf dem Drucker oder in die Datei konnte nicht beginnen; prüfen Sie, ob er bzw. sie verfügbar ist.</translation>
    </message>
    <message>
        <source>Could not start page %1 on the printer or file.</source>
        <translation>Seite %1 konnte auf dem Drucker oder in der Datei nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>RolePicker</name>
    <message>
        <source>Other roles, comma-separated</source>
        <translation>Weitere Rollen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Other roles</source>
        <translation>Weitere Rollen</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <source>1 signer</source>
        <translation>1 Unterzeichner</translation>
    </message>
    <message>
        <source>%1 signers</source>
        <translation>%1 Unterzeichner</translation>
    </message>
    <message>
        <source>%1, independent</source>
        <translation>%1, unabhängig</translation>
    </message>
</context>
<context>
    <name>SealedExport</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” does not verify, so it is not sealed and no PDF was written.

%2

Tools ▸ Verify Integrity shows every finding. To export the record without a seal, choose “Do not seal” in Edit ▸ Preferences ▸ Sealing.</source>
        <translation>„%1“ besteht die Prüfung nicht; er wird daher nicht versiegelt, und kein PDF wurde geschrieben.

%2

Extras ▸ Integrität prüfen zeigt jeden Befund. Um den Nachweis ohne Siegel zu exportieren, wählen Sie „Nicht versiegeln“ unter Bearbeiten ▸ Einstellungen ▸ Siegel.</translation>
    </message>
    <message>
        <source>“%1” cannot be sealed with the certificate “%2”, so no PDF was written.

%3

Choose another certificate, or “Do not seal”, in Edit ▸ Preferences ▸ Sealing.</source>
        <translation>„%1“ kann nicht mit dem Zertifikat „%2“ versiegelt werden; kein PDF wurde geschrieben.

%3

Wählen Sie unter Bearbeiten ▸ Einstellungen ▸ Siegel ein anderes Zertifikat oder „Nicht versiegeln“.</translation>
    </message>
</context>
<context>
    <name>SealingPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;List Certificates</source>
        <translation>Zertifikate auf&amp;listen</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12…</source>
        <translation>PKCS#12 &amp;importieren…</translation>
    </message>
    <message>
        <source>Certificate &amp;database:</source>
        <translation>&amp;Zertifikatsdatenbank:</translation>
    </message>
    <message>
        <source>Certificate database folder</source>
        <translation>Ordner der Zertifikatsdatenbank</translation>
    </message>
    <message>
        <source>An NSS database, where Okular and Firefox keep certificates and their private keys.</source>
        <translation>Eine NSS-Datenbank, in der Okular und Firefox Zertifikate und ihre privaten Schlüssel aufbewahren.</translation>
    </message>
    <message>
        <source>Certificates with a private key</source>
        <translation>Zertifikate mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Import a certificate with its private key from a .p12 or .pfx file</source>
        <translation>Ein Zertifikat mit seinem privaten Schlüssel aus einer .p12- oder .pfx-Datei importieren</translation>
    </message>
    <message>
        <source>Seal exported PDFs with</source>
        <translation>Exportierte PDFs versiegeln mit</translation>
    </message>
    <message>
        <source>Do not seal</source>
        <translation>Nicht versiegeln</translation>
    </message>
    <message>
        <source>Seal exported PDFs &amp;with:</source>
        <translation>Exportierte PDFs versiegeln &amp;mit:</translation>
    </message>
    <message>
        <source>File ▸ Export PDF… then verifies the record and seals the PDF with this certificate (a PDF signature): any PDF reader shows who sealed it and whether the file was changed afterwards.</source>
        <translation>Datei ▸ Als PDF exportieren… prüft dann den Nachweis und versiegelt das PDF mit diesem Zertifikat (einer PDF-Signatur): Jeder PDF-Betrachter zeigt, wer es versiegelt hat und ob die Datei danach geändert wurde.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1 yet. Import PKCS#12… creates one.</source>
        <translation>In %1 gibt es noch keine Zertifikatsdatenbank. PKCS#12 importieren… legt eine an.</translation>
    </message>
    <message>
        <source>Certificate Database</source>
        <translation>Zertifikatsdatenbank</translation>
    </message>
    <message>
        <source>Countersign opens one certificate database per run and has opened %1: another takes effect after a restart.</source>
        <translation>Countersign öffnet eine Zertifikatsdatenbank pro Programmlauf und hat %1 geöffnet: eine andere gilt nach einem Neustart.</translation>
    </message>
    <message>
        <source>%1 holds no certificate with a private key. Import PKCS#12… adds one.</source>
        <translation>%1 enthält kein Zertifikat mit privatem Schlüssel. PKCS#12 importieren… fügt eines hinzu.</translation>
    </message>
    <message>
        <source>Cannot seal: %1</source>
        <translation>Kann nicht versiegeln: %1</translation>
    </message>
    <message>
        <source>Import PKCS#12</source>
        <translation>PKCS#12 importieren</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The password that protects %1:</source>
        <translation>Das Passwort, das %1 schützt:</translation>
    </message>
    <message>
        <source>%1 was not imported.

%2</source>
        <translation>%1 wurde nicht importiert.

%2</translation>
    </message>
    <message>
        <source>%1 was not imported.

%2

Nothing was added to the certificate database.</source>
        <translation>%1 wurde nicht importiert.

%2

Der Zertifikatsdatenbank wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was imported into %2.</source>
        <translation>%1 wurde in %2 importiert.</translation>
    </message>
</context>
<context>
    <name>SectionGrid</name>
    <message>
        <source>%1 checklist</source>
        <translation>Checkliste %1</translation>
    </message>
    <message>
        <source>Space toggles Done, Ctrl+Shift+N marks N/A, Ctrl+Shift+F marks Failed, typing writes a note</source>
        <translation>Leertaste schaltet „Erledigt“ um, Strg+Umschalt+N setzt „Entfällt“, Strg+Umschalt+F setzt „Fehlgeschlagen“, Tippen schreibt eine Notiz</translation>
    </message>
    <message>
        <source>Toggle &amp;Done</source>
        <translation>&amp;Erledigt umschalten</translation>
    </message>
    <message>
        <source>Marks the item Done, or Pending again when it is Done</source>
        <translation>Setzt den Punkt auf „Erledigt“, oder wieder auf „Offen“, wenn er erledigt ist</translation>
    </message>
    <message>
        <source>Mark &amp;Pending</source>
        <translation>Auf &amp;Offen setzen</translation>
    </message>
    <message>
        <source>Marks the item as not checked yet</source>
        <translation>Markiert den Punkt als noch nicht geprüft</translation>
    </message>
    <message>
        <source>Mark &amp;N/A…</source>
        <translation>Auf Ent&amp;fällt setzen…</translation>
    </message>
    <message>
        <source>Marks the item as not applicable; needs a note</source>
        <translation>Markiert den Punkt als nicht zutreffend; braucht eine Notiz</translation>
    </message>
    <message>
        <source>Mark &amp;Failed…</source>
        <translation>Auf Fehl&amp;geschlagen setzen…</translation>
    </message>
    <message>
        <source>Marks the item as failed; needs a note</source>
        <translation>Markiert den Punkt als fehlgeschlagen; braucht eine Notiz</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Writes or changes the item&apos;s note</source>
        <translation>Schreibt oder ändert die Notiz des Punkts</translation>
    </message>
    <message>
        <source>Read-only: the record is signed and cannot change</source>
        <translation>Schreibgeschützt: Der Nachweis ist unterschrieben und kann sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>Mark All Not &amp;Applicable…</source>
        <translation>&amp;Alle auf Entfällt setzen…</translation>
    </message>
    <message>
        <source>Marks every item of the group (or of the section when it has no groups) not applicable with one reason</source>
        <translation>Setzt jeden Punkt der Gruppe (oder des Abschnitts, wenn er keine Gruppen hat) mit einem Grund auf Entfällt</translation>
    </message>
    <message>
        <source>&amp;Mark Section Not Applicable…</source>
        <translation>Ganzen Ab&amp;schnitt auf Entfällt setzen…</translation>
    </message>
    <message>
        <source>Marks every item of the section not applicable with one reason</source>
        <translation>Setzt jeden Punkt des Abschnitts mit einem Grund auf Entfällt</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached. Save the file to a folder first, then drop it from there.</source>
        <translation>Nur Dateien auf diesem Rechner lassen sich anhängen. Speichern Sie die Datei zuerst in einem Ordner und ziehen Sie sie von dort hierher.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address Countersign can use: %2</source>
        <translation>%1 ist keine Serveradresse, die Countersign verwenden kann: %2</translation>
    </message>
    <message>
        <source>it does not start with postgresql://. Write postgresql://user@host:port/database.</source>
        <translation>sie beginnt nicht mit postgresql://. Schreiben Sie postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>libpq cannot read it</source>
        <translation>libpq kann sie nicht lesen</translation>
    </message>
    <message>
        <source>%1. Write postgresql://user@host:port/database, with parameters such as ?sslmode=verify-full&amp;sslrootcert=FILE.</source>
        <translation>%1. Schreiben Sie postgresql://benutzer@host:port/datenbank, mit Parametern wie ?sslmode=verify-full&amp;sslrootcert=DATEI.</translation>
    </message>
    <message>
        <source>it gives the parameter %1, which Countersign does not pass on. Leave it out; these are taken: %2.</source>
        <translation>sie nennt den Parameter %1, den Countersign nicht weitergibt. Lassen Sie ihn weg; angenommen werden: %2.</translation>
    </message>
    <message>
        <source>the value of %1 contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on. Leave it out, or set %1 in pg_service.conf and give ?service=NAME.</source>
        <translation>der Wert von %1 enthält ein Semikolon, das Qts PostgreSQL-Treiber nicht weitergeben kann. Lassen Sie es weg, oder setzen Sie %1 in pg_service.conf und geben Sie ?service=NAME an.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s CA with sslrootcert=FILE in the address, or under Root certificate in File ▸ Connect to Server…</source>
        <translation>Geben Sie die CA der Organisation mit sslrootcert=DATEI in der Adresse an, oder unter Wurzelzertifikat in Datei ▸ Mit Server verbinden…</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a root in %1, so the server cannot be told from an impostor. %2</source>
        <translation>das Zertifikat des Servers ist von keiner Wurzel in %1 signiert, also lässt sich der Server nicht von einem Betrüger unterscheiden. %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate does not name %1, the host in the address, so the server cannot be told from an impostor. Connect with a name the certificate gives, or ask the server&apos;s administrator for a certificate that names %1.</source>
        <translation>das Zertifikat des Servers nennt %1 nicht, den Host in der Adresse, also lässt sich der Server nicht von einem Betrüger unterscheiden. Verbinden Sie sich mit einem Namen, den das Zertifikat nennt, oder bitten Sie die Administration des Servers um ein Zertifikat, das %1 nennt.</translation>
    </message>
    <message>
        <source>the root certificate file %1 does not exist, and without it the server&apos;s certificate cannot be checked. %2</source>
        <translation>die Datei des Wurzelzertifikats %1 gibt es nicht, und ohne sie lässt sich das Zertifikat des Servers nicht prüfen. %2</translation>
    </message>
    <message>
        <source>the root certificate file %1 cannot be read as certificates. %2</source>
        <translation>die Datei des Wurzelzertifikats %1 lässt sich nicht als Zertifikate lesen. %2</translation>
    </message>
    <message>
        <source>the server does not offer TLS, and the address requires it (sslmode=%1). Ask the server&apos;s administrator to turn on ssl; only on a network you trust, connect with sslmode=prefer or sslmode=disable.</source>
        <translation>der Server bietet kein TLS an, und die Adresse verlangt es (sslmode=%1). Bitten Sie die Administration des Servers, ssl einzuschalten; nur in einem Netz, dem Sie vertrauen, verbinden Sie sich mit sslmode=prefer oder sslmode=disable.</translation>
    </message>
    <message>
        <source>%1 (libpq: %2)</source>
        <translation>%1 (libpq: %2)</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>Reconnecting to the server…</source>
        <translation>Verbindung zum Server wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Reconnecting to the server… (attempt %1: the server does not answer yet)</source>
        <translation>Verbindung zum Server wird wiederhergestellt… (Versuch %1: der Server antwortet noch nicht)</translation>
    </message>
    <message>
        <source>Connected to the server again; the records were reloaded.</source>
        <translation>Wieder mit dem Server verbunden; die Nachweise wurden neu geladen.</translation>
    </message>
</context>
<context>
    <name>SetItemCommand</name>
    <message>
        <source>“%1” was changed by %2 at %3 since, so this change was not made. The grid shows the stored value.</source>
        <translation>„%1“ wurde inzwischen von %2 um %3 geändert, daher wurde diese Änderung nicht vorgenommen. Die Tabelle zeigt den gespeicherten Wert.</translation>
    </message>
    <message>
        <source>Mark “%1” %2 with a note</source>
        <translation>„%1“ mit Notiz auf %2 setzen</translation>
    </message>
    <message>
        <source>Mark “%1” %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>Edit the note of “%1”</source>
        <translation>Notiz von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Every role has signed: the record is sealed and read-only. Reopening revokes every signature.</source>
        <translation>Alle Rollen haben unterschrieben: Der Nachweis ist versiegelt und schreibgeschützt. Wiederöffnen widerruft alle Unterschriften.</translation>
    </message>
    <message>
        <source>Signed records are read-only; the other roles can still sign. Double-click an unsigned role, or select it and click Sign.</source>
        <translation>Unterschriebene Nachweise sind schreibgeschützt; die übrigen Rollen können noch unterschreiben. Doppelklicken Sie auf eine Rolle ohne Unterschrift, oder wählen Sie sie aus und klicken Sie auf „Unterschreiben“.</translation>
    </message>
    <message>
        <source>Double-click an unsigned role, or select it and click Sign.</source>
        <translation>Doppelklicken Sie auf eine Rolle ohne Unterschrift, oder wählen Sie sie aus und klicken Sie auf „Unterschreiben“.</translation>
    </message>
</context>
<context>
    <name>SignOffService</name>
    <message>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografie-Bibliothek konnte nicht starten</translation>
    </message>
    <message>
        <source>the login or the password is wrong</source>
        <translation>Anmeldename oder Passwort ist falsch</translation>
    </message>
    <message>
        <source>the signer %1 has been deactivated and can no longer sign</source>
        <translation>der Unterzeichner %1 wurde deaktiviert und kann nicht mehr unterschreiben</translation>
    </message>
    <message>
        <source>the signer %1 is locked after %2 wrong passwords, until %3. Try again later.</source>
        <translation>der Unterzeichner %1 ist nach %2 falschen Passwörtern bis %3 gesperrt. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>the login or the password is wrong. After %1 wrong passwords in a row, %2 is locked for %3 minutes.</source>
        <translation>Anmeldename oder Passwort ist falsch. Nach %1 falschen Passwörtern in Folge wird %2 für %3 Minuten gesperrt.</translation>
    </message>
    <message>
        <source>record %1 is sealed: every role has signed it</source>
        <translation>Nachweis %1 ist versiegelt: Alle Rollen haben unterschrieben</translation>
    </message>
    <message>
        <source>record %1 has no sign-off table</source>
        <translation>Nachweis %1 hat keine Freigabetabelle</translation>
    </message>
    <message>
        <source>record %1 has no role &quot;%2&quot;. Its roles: %3</source>
        <translation>Nachweis %1 hat keine Rolle „%2“. Seine Rollen: %3</translation>
    </message>
    <message>
        <source>%1 has already signed record %2</source>
        <translation>%1 hat Nachweis %2 bereits unterschrieben</translation>
    </message>
    <message>
        <source>%1 signs after %2: they have not signed yet</source>
        <translation>%1 unterschreibt nach %2, und %2 hat noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>a signature needs a meaning (for example Approved)</source>
        <translation>eine Unterschrift braucht eine Bedeutung (zum Beispiel Genehmigt)</translation>
    </message>
    <message>
        <source>draw a signature, or choose a typed signature</source>
        <translation>zeichnen Sie eine Unterschrift, oder wählen Sie eine getippte Unterschrift</translation>
    </message>
    <message>
        <source>%1 (%2) may not sign as %3. Their roles: %4</source>
        <translation>%1 (%2) darf nicht als %3 unterschreiben. Rollen: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 has already signed record %2 as %3: one person may not sign two roles</source>
        <translation>%1 hat Nachweis %2 bereits als %3 unterschrieben: Eine Person darf nicht für zwei Rollen unterschreiben</translation>
    </message>
    <message>
        <source>reopening a record needs a reason</source>
        <translation>das Wiederöffnen eines Nachweises braucht eine Begründung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <source>record %1 cannot be signed while items are pending or failed (%2 of them):
%3</source>
        <translation>Nachweis %1 kann nicht unterschrieben werden, solange Punkte offen oder fehlgeschlagen sind (%2):
%3</translation>
    </message>
    <message>
        <source>the stored signing key of %1 does not belong to their registered public key: the signers table was changed outside Countersign, and the key is not used. Ask an administrator to check the database.</source>
        <translation>der gespeicherte Signaturschlüssel von %1 gehört nicht zu dessen registriertem öffentlichem Schlüssel: die Tabelle der Unterzeichner wurde außerhalb von Countersign geändert, und der Schlüssel wird nicht verwendet. Bitten Sie einen Administrator, die Datenbank zu prüfen.</translation>
    </message>
    <message>
        <source>  %1 ▸ %2. %3 (%4)</source>
        <translation>  %1 ▸ %2. %3 (%4)</translation>
    </message>
    <message>
        <source>this database has no signer registry yet: countersign-cli admin init creates it</source>
        <translation>diese Datenbank hat noch kein Unterzeichnerregister: countersign-cli admin init legt es an</translation>
    </message>
    <message>
        <source>only an administrator can add signers</source>
        <translation>nur ein Administrator kann Unterzeichner hinzufügen</translation>
    </message>
    <message>
        <source>only an administrator can add signers, and this database has none yet: set up its first administrator (Tools ▸ Signers ▸ Set Up, or countersign-cli admin init)</source>
        <translation>nur ein Administrator kann Unterzeichner hinzufügen, und diese Datenbank hat noch keinen: Richten Sie ihren ersten Administrator ein (Extras ▸ Unterzeichner ▸ Einrichten oder countersign-cli admin init)</translation>
    </message>
    <message>
        <source>%1 declined to sign as %2 on %3: &quot;%4&quot;. The role can be signed once the record has changed.</source>
        <translation>%1 hat die Unterschrift als %2 am %3 abgelehnt: „%4“. Die Rolle kann unterschrieben werden, sobald sich der Nachweis geändert hat.</translation>
    </message>
    <message>
        <source>%1 has already signed record %2: reopen the record before declining it</source>
        <translation>%1 hat Nachweis %2 bereits unterschrieben: Öffnen Sie den Nachweis erneut, bevor Sie ablehnen</translation>
    </message>
    <message>
        <source>%1 already declined to sign as %2 on %3, and the record has not changed since</source>
        <translation>%1 hat die Unterschrift als %2 am %3 bereits abgelehnt, und der Nachweis hat sich seitdem nicht geändert</translation>
    </message>
    <message>
        <source>declining to sign needs a reason: say what must change before you sign</source>
        <translation>eine Ablehnung braucht eine Begründung: Sagen Sie, was sich ändern muss, bevor Sie unterschreiben</translation>
    </message>
    <message>
        <source>the reason is %1 characters long; keep it under %2</source>
        <translation>die Begründung ist %1 Zeichen lang; sie darf höchstens %2 lang sein</translation>
    </message>
    <message>
        <source>%1 (%2) may not decline as %3: it is not one of their roles (%4)</source>
        <translation>%1 (%2) darf nicht als %3 ablehnen: Das ist keine ihrer Rollen (%4)</translation>
    </message>
    <message>
        <source>%1 has already signed record %2 as %3: the role needs %4 different signers</source>
        <translation>%1 hat Nachweis %2 bereits als %3 unterschrieben: Die Rolle braucht %4 verschiedene Unterzeichner</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 changed %2 of this record; %3 must be signed by someone independent, who changed none of its items.</source>
        <translation>%1 hat %2 dieses Nachweises geändert; %3 muss von jemand Unabhängigem unterschrieben werden, der keinen seiner Punkte geändert hat.</translation>
    </message>
    <message>
        <source>%1 changed %2 of this record (recorded as %3); %4 must be signed by someone independent, who changed none of its items.</source>
        <translation>%1 hat %2 dieses Nachweises geändert (aufgezeichnet als %3); %4 muss von jemand Unabhängigem unterschrieben werden, der keinen seiner Punkte geändert hat.</translation>
    </message>
    <message>
        <source>%1 has all %2 of its signatures on record %3</source>
        <translation>%1 hat alle %2 Unterschriften auf Nachweis %3</translation>
    </message>
    <message>
        <source>the signing key of %1 is no longer their registered key: unlock it again</source>
        <translation>der Signaturschlüssel von %1 ist nicht mehr der registrierte Schlüssel: entsperren Sie ihn erneut</translation>
    </message>
    <message>
        <source>the unlocked key is %1&apos;s, not %2&apos;s</source>
        <translation>der entsperrte Schlüssel gehört %1, nicht %2</translation>
    </message>
</context>
<context>
    <name>SignOffTableModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>%1 has not signed yet</source>
        <translation>%1 hat noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (Anmeldename %2)</translation>
    </message>
    <message>
        <source>%1 — the application&apos;s clock when signing</source>
        <translation>%1 – die Uhrzeit der Anwendung beim Unterschreiben</translation>
    </message>
    <message>
        <source>The record still has the content that was signed (digest %1…)</source>
        <translation>Der Nachweis hat noch den unterschriebenen Inhalt (Hashwert %1…)</translation>
    </message>
    <message>
        <source>The record changed after this signature: it no longer matches the content signed (digest %1…)</source>
        <translation>Der Nachweis wurde nach dieser Unterschrift geändert: Er passt nicht mehr zum unterschriebenen Inhalt (Hashwert %1…)</translation>
    </message>
    <message>
        <source>Revoked %1 by %2: %3</source>
        <translation>Widerrufen %1 von %2: %3</translation>
    </message>
    <message>
        <source>Typed signature of %1</source>
        <translation>Getippte Unterschrift von %1</translation>
    </message>
    <message>
        <source>Drawn signature of %1</source>
        <translation>Gezeichnete Unterschrift von %1</translation>
    </message>
    <message>
        <source>Made without an administrator&apos;s certificate, before this database had a signer registry.</source>
        <translation>Ohne Beglaubigung eines Administrators geleistet, bevor diese Datenbank ein Unterzeichnerregister hatte.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Declined by %1 (login %2) on %3: %4</source>
        <translation>Abgelehnt von %1 (Anmeldename %2) am %3: %4</translation>
    </message>
    <message>
        <source>The record has changed since: %1 can sign now.</source>
        <translation>Der Nachweis hat sich seitdem geändert: %1 kann jetzt unterschreiben.</translation>
    </message>
    <message>
        <source>%1 can sign once the record has changed.</source>
        <translation>%1 kann unterschreiben, sobald sich der Nachweis geändert hat.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>Policy of %1: %2</source>
        <translation>Regel für %1: %2</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Sign Record</source>
        <translation>Nachweis unterschreiben</translation>
    </message>
    <message>
        <source>What you are signing</source>
        <translation>Was Sie unterschreiben</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Content digest:</source>
        <translation>Inhalts-Hashwert:</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Meaning:</source>
        <translation>&amp;Bedeutung:</translation>
    </message>
    <message>
        <source>Printed name:</source>
        <translation>Name in Druckschrift:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Use a &amp;typed signature</source>
        <translation>&amp;Getippte Unterschrift verwenden</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <source>By signing, you confirm the meaning you choose for this record as it stands now. Any later change to the record invalidates the signature.</source>
        <translation>Mit Ihrer Unterschrift bestätigen Sie die gewählte Bedeutung für diesen Nachweis in seinem jetzigen Stand. Jede spätere Änderung am Nachweis macht die Unterschrift ungültig.</translation>
    </message>
    <message>
        <source>Your signer login</source>
        <translation>Ihr Anmeldename als Unterzeichner</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Your signing password</source>
        <translation>Ihr Unterschriftspasswort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation>Bedeutung der Unterschrift</translation>
    </message>
    <message>
        <source>What your signature means, as the report will print it. Pick one or type your own.</source>
        <translation>Was Ihre Unterschrift bedeutet, so wie der Bericht es druckt. Wählen Sie eine aus oder geben Sie eine eigene ein.</translation>
    </message>
    <message>
        <source>For example: Approved</source>
        <translation>Zum Beispiel: Genehmigt</translation>
    </message>
    <message>
        <source>Your printed name appears here once you enter your login</source>
        <translation>Ihr Name in Druckschrift erscheint hier, sobald Sie Ihren Anmeldenamen eingeben</translation>
    </message>
    <message>
        <source>Sign with your printed name in a script font instead of drawing. It is bound to your password the same way.</source>
        <translation>Mit Ihrem Namen in einer Schreibschrift unterschreiben, statt zu zeichnen. Er wird genauso an Ihr Passwort gebunden.</translation>
    </message>
    <message>
        <source>Draw your signature with the mouse, a pen or a finger</source>
        <translation>Zeichnen Sie Ihre Unterschrift mit der Maus, einem Stift oder dem Finger</translation>
    </message>
    <message>
        <source>Clear the drawing and start again</source>
        <translation>Die Zeichnung leeren und neu beginnen</translation>
    </message>
    <message>
        <source>Signing error</source>
        <translation>Fehler beim Unterschreiben</translation>
    </message>
    <message>
        <source>Sign “%1” as %2</source>
        <translation>„%1“ als %2 unterschreiben</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>SHA-256 of the record&apos;s content as it stands now:
%1
The signature is bound to this digest.</source>
        <translation>SHA-256 des Nachweisinhalts im jetzigen Stand:
%1
Die Unterschrift ist an diesen Hashwert gebunden.</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Als %1 unterschreiben</translation>
    </message>
    <message>
        <source>Record #%1</source>
        <translation>Nachweis Nr. %1</translation>
    </message>
    <message>
        <source>This role cannot be signed now.</source>
        <translation>Für diese Rolle kann jetzt nicht unterschrieben werden.</translation>
    </message>
    <message>
        <source>The printed name is the one registered for your login.</source>
        <translation>Der Name in Druckschrift ist der für Ihren Anmeldenamen registrierte.</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>%1 (not a %2 signer)</source>
        <translation>%1 (unterschreibt nicht als %2)</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Unterschrieben am:</translation>
    </message>
    <message>
        <source>Set by the application&apos;s clock when you click Sign; it cannot be typed or changed.</source>
        <translation>Wird beim Klick auf „Unterschreiben“ von der Uhr der Anwendung gesetzt; es kann weder eingegeben noch geändert werden.</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronische Unterschrift</translation>
    </message>
    <message>
        <source>21 CFR Part 11 · your password and signature bind you to this record as it stands</source>
        <translation>21 CFR Part 11 · Ihr Passwort und Ihre Unterschrift binden Sie an diesen Nachweis in seinem jetzigen Stand</translation>
    </message>
    <message>
        <source>✓ All %1 items resolved: %2 done, %3 not applicable</source>
        <translation>✓ Alle %1 Punkte geklärt: %2 erledigt, %3 entfallen</translation>
    </message>
    <message>
        <source>%1 of %2 items resolved: %3 pending, %4 failed</source>
        <translation>%1 von %2 Punkten geklärt: %3 offen, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking the password and signing… this takes about a second.</source>
        <translation>Passwort wird geprüft und unterschrieben … das dauert etwa eine Sekunde.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <translation>
            <numerusform>Alle %n zeigen</numerusform>
            <numerusform>Alle %n zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Abl&amp;ehnen…</translation>
    </message>
    <message>
        <source>Refuse to sign, with a reason: made with your login and password like a signature, and shown in the record, its audit trail and its PDF</source>
        <translation>Die Unterschrift mit Begründung verweigern: wie eine Unterschrift mit Anmeldename und Passwort, und im Nachweis, seinem Prüfpfad und seinem PDF gezeigt</translation>
    </message>
    <message>
        <source>Checking the password and declining… this takes about a second.</source>
        <translation>Passwort wird geprüft und die Ablehnung gespeichert … das dauert etwa eine Sekunde.</translation>
    </message>
    <message>
        <source>%1 — %2; %3 of %4 signed</source>
        <translation>%1 — %2; %3 von %4 unterschrieben</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Hier unterschreiben</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Unterschriftenfeld</translation>
    </message>
    <message>
        <source>Draw your signature with the mouse, a pen or a finger. Delete clears it, Ctrl+Z removes the last stroke.</source>
        <translation>Zeichnen Sie Ihre Unterschrift mit der Maus, einem Stift oder dem Finger. Entf leert das Feld, Strg+Z entfernt den letzten Strich.</translation>
    </message>
    <message>
        <source>Draw your signature here with the mouse, a pen or a finger</source>
        <translation>Zeichnen Sie Ihre Unterschrift hier mit der Maus, einem Stift oder dem Finger</translation>
    </message>
</context>
<context>
    <name>SignatureState</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalidated by a later change</source>
        <translation>Durch spätere Änderung ungültig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>SignersDialog</name>
    <message>
        <source>Signers</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit &amp;Roles…</source>
        <translation>&amp;Rollen bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>The people who may sign records, and the roles they sign as. Signers are never deleted or renamed, so that every signature leads back to the person who made it: deactivate someone who should no longer sign. Their past signatures stay valid.</source>
        <translation>Die Personen, die Nachweise unterschreiben dürfen, und die Rollen, für die sie unterschreiben. Unterzeichner werden nie gelöscht oder umbenannt, damit jede Unterschrift zu der Person zurückführt, die sie geleistet hat: Deaktivieren Sie, wer nicht mehr unterschreiben soll. Frühere Unterschriften bleiben gültig.</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>Wieder &amp;aktivieren…</translation>
    </message>
    <message>
        <source>Reactivate Signer</source>
        <translation>Unterzeichner wieder aktivieren</translation>
    </message>
    <message>
        <source>Deactivate Signer</source>
        <translation>Unterzeichner deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate %1 (%2)? They can sign again with their roles: %3.</source>
        <translation>%1 (%2) wieder aktivieren? Die Person kann dann wieder mit ihren Rollen unterschreiben: %3.</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign. Signatures they have made stay valid, and they can be reactivated later.</source>
        <translation>%1 (%2) deaktivieren? Die Person kann dann nicht mehr unterschreiben. Bereits geleistete Unterschriften bleiben gültig, und sie kann später wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Sperre &amp;lösen…</translation>
    </message>
    <message>
        <source>Lift the lock after too many wrong passwords, before it runs out</source>
        <translation>Die Sperre nach zu vielen falschen Passwörtern aufheben, bevor sie abläuft</translation>
    </message>
    <message>
        <source>Add Ad&amp;ministrator…</source>
        <translation>Ad&amp;ministrator hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Set Up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>Create this database&apos;s first administrator</source>
        <translation>Den ersten Administrator dieser Datenbank anlegen</translation>
    </message>
    <message>
        <source>This database has no administrator yet, so nobody can be added as a signer. Set Up… creates the first administrator, who then certifies each signer.</source>
        <translation>Diese Datenbank hat noch keinen Administrator, daher kann niemand als Unterzeichner hinzugefügt werden. Einrichten… legt den ersten Administrator an, der dann jeden Unterzeichner beglaubigt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Each change needs an administrator&apos;s password. Administrators: %1. Root fingerprint: %2 (compare it with the one your administrator gave you).</source>
        <translation>Jede Änderung braucht das Passwort eines Administrators. Administratoren: %1. Fingerabdruck der Wurzel: %2 (vergleichen Sie ihn mit dem, den Ihr Administrator Ihnen gegeben hat).</translation>
    </message>
    <message>
        <source>Unlock Signer</source>
        <translation>Sperre des Unterzeichners lösen</translation>
    </message>
    <message>
        <source>Unlock %1 (%2)? They are locked after too many wrong passwords; unlocked, they can sign again at once.</source>
        <translation>Sperre von %1 (%2) lösen? Die Person ist nach zu vielen falschen Passwörtern gesperrt; danach kann sie sofort wieder unterschreiben.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Sperre &amp;lösen</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Wieder &amp;aktivieren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>&amp;Zustimmen…</translation>
    </message>
    <message>
        <source>Two-person rule: approve the certificate another administrator issued</source>
        <translation>Vier-Augen-Prinzip: dem Zertifikat zustimmen, das ein anderer Administrator ausgestellt hat</translation>
    </message>
    <message>
        <source>Approve Certificate</source>
        <translation>Zertifikat zustimmen</translation>
    </message>
    <message>
        <source>Approve the certificate of %1 (%2) for the roles %3? Under the two-person rule they can sign once an administrator other than the one who certified them approves it.</source>
        <translation>Dem Zertifikat von %1 (%2) für die Rollen %3 zustimmen? Nach dem Vier-Augen-Prinzip kann diese Person unterschreiben, sobald ein anderer Administrator als der, der sie beglaubigt hat, zustimmt.</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>&amp;Zustimmen</translation>
    </message>
</context>
<context>
    <name>SignersTableModel</name>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Name in Druckschrift</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords; signing works again after this time.</source>
        <translation>Nach zu vielen falschen Passwörtern gesperrt; nach diesem Zeitpunkt ist Unterschreiben wieder möglich.</translation>
    </message>
    <message>
        <source>Can no longer sign. Signatures made before stay valid.</source>
        <translation>Kann nicht mehr unterschreiben. Frühere Unterschriften bleiben gültig.</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>Registriert %1</translation>
    </message>
    <message>
        <source>Deactivated before the registry</source>
        <translation>Vor dem Register deaktiviert</translation>
    </message>
    <message>
        <source>Signatures made before the registry stay valid: its first statement lists them.</source>
        <translation>Unterschriften von vor dem Register bleiben gültig: Seine erste Aussage listet sie auf.</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Nicht beglaubigt</translation>
    </message>
    <message>
        <source>No administrator has certified this signer: their signatures do not verify. Deactivate them, or ask an administrator to run countersign-cli verify.</source>
        <translation>Kein Administrator hat diesen Unterzeichner beglaubigt: Seine Unterschriften bestehen die Prüfung nicht. Deaktivieren Sie ihn, oder bitten Sie einen Administrator, countersign-cli verify auszuführen.</translation>
    </message>
    <message>
        <source>Revoked by %1, %2</source>
        <translation>Widerrufen von %1, %2</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Von %1, %2</translation>
    </message>
    <message>
        <source>Revoked by %1 at %2</source>
        <translation>Widerrufen von %1 am %2</translation>
    </message>
    <message>
        <source>Certified by %1 at %2 for the roles: %3</source>
        <translation>Beglaubigt von %1 am %2 für die Rollen: %3</translation>
    </message>
    <message>
        <source>This signer&apos;s row does not match their certificate: the signers table was changed outside Countersign. Run countersign-cli verify.</source>
        <translation>Die Zeile dieses Unterzeichners passt nicht zu seiner Beglaubigung: Die Unterzeichnertabelle wurde außerhalb von Countersign geändert. Führen Sie countersign-cli verify aus.</translation>
    </message>
    <message>
        <source>Does not match its certificate</source>
        <translation>Passt nicht zur Beglaubigung</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Beglaubigt</translation>
    </message>
    <message>
        <source>Awaiting a second administrator</source>
        <translation>Wartet auf einen zweiten Administrator</translation>
    </message>
    <message>
        <source>Certified by %1 at %2; under the two-person rule another administrator must approve it before %3 can sign.</source>
        <translation>Beglaubigt von %1 am %2; nach dem Vier-Augen-Prinzip muss ein anderer Administrator zustimmen, bevor %3 unterschreiben kann.</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Unterschreiben…</translation>
    </message>
    <message>
        <source>&amp;Reopen for Changes…</source>
        <translation>Für Änderungen &amp;wieder öffnen…</translation>
    </message>
    <message>
        <source>&amp;Verify Integrity</source>
        <translation>&amp;Integrität prüfen</translation>
    </message>
    <message>
        <source>Revoke every signature and return the record to In progress, with a reason</source>
        <translation>Alle Unterschriften mit Begründung widerrufen und den Nachweis auf „In Arbeit“ zurücksetzen</translation>
    </message>
    <message>
        <source>Check the audit trail and every signature of the record against what was signed</source>
        <translation>Den Prüfpfad und jede Unterschrift des Nachweises gegen das Unterschriebene prüfen</translation>
    </message>
    <message>
        <source>&amp;Sign as %1…</source>
        <translation>Als %1 &amp;unterschreiben…</translation>
    </message>
    <message>
        <source>Open a record to sign it</source>
        <translation>Öffnen Sie einen Nachweis, um ihn zu unterschreiben</translation>
    </message>
    <message>
        <source>Every role has signed this record</source>
        <translation>Alle Rollen haben diesen Nachweis unterschrieben</translation>
    </message>
    <message>
        <source>Sign the record as %1 with your login, password and signature</source>
        <translation>Den Nachweis als %1 mit Anmeldename, Passwort und Unterschrift unterschreiben</translation>
    </message>
    <message>
        <source>Signed as %1 by %2 at %3</source>
        <translation>Als %1 von %2 um %3 unterschrieben</translation>
    </message>
    <message>
        <source>Reopened: every signature is revoked, and the record can be changed again</source>
        <translation>Wieder geöffnet: Alle Unterschriften sind widerrufen, und der Nachweis kann wieder geändert werden</translation>
    </message>
    <message>
        <source>Verify Integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <source>Integrity verified: intact</source>
        <translation>Integrität geprüft: intakt</translation>
    </message>
    <message>
        <source>

Something changed this database outside Countersign. Keep the file as it is and tell whoever administers it; do not sign or reopen the record until then.</source>
        <translation>

Diese Datenbank wurde außerhalb von Countersign verändert. Lassen Sie die Datei unverändert und informieren Sie die zuständige Administration; unterschreiben oder öffnen Sie den Nachweis bis dahin nicht.</translation>
    </message>
    <message>
        <source>The record has no signatures yet.</source>
        <translation>Der Nachweis hat noch keine Unterschriften.</translation>
    </message>
    <message>
        <source>Its one signature holds for its signer&apos;s key and matches what was signed.</source>
        <translation>Seine einzige Unterschrift ist mit dem Schlüssel ihres Unterzeichners gültig und passt zum Unterschriebenen.</translation>
    </message>
    <message>
        <source>Each of its %1 signatures holds for its signer&apos;s key and matches what was signed.</source>
        <translation>Jede seiner %1 Unterschriften ist mit dem Schlüssel ihres Unterzeichners gültig und passt zum Unterschriebenen.</translation>
    </message>
    <message>
        <source>“%1” is intact.</source>
        <translation>„%1“ ist intakt.</translation>
    </message>
    <message>
        <source>The integrity check of “%1” failed. It found:</source>
        <translation>Die Integritätsprüfung von „%1“ ist fehlgeschlagen. Sie hat gefunden:</translation>
    </message>
    <message>
        <source>Integrity check failed: the record&apos;s badge lists what was found</source>
        <translation>Integritätsprüfung fehlgeschlagen: Die Plakette des Nachweises listet die Befunde auf</translation>
    </message>
    <message>
        <source>Its audit trail is unbroken: the %1 events of this record&apos;s trail, and the %2 events of the database&apos;s own (signers and the like) checked with them.</source>
        <translation>Sein Prüfpfad ist lückenlos: die %1 Ereignisse des Prüfpfads dieses Nachweises und die %2 mitgeprüften Ereignisse der Datenbank selbst (Unterzeichner und Ähnliches).</translation>
    </message>
    <message>
        <source>So are the %1 events of other records, which this database still chains together with this one&apos;s (written before each record had a chain of its own).</source>
        <translation>Ebenso die %1 Ereignisse anderer Nachweise, die diese Datenbank noch mit denen dieses Nachweises verkettet (geschrieben, bevor jeder Nachweis eine eigene Kette hatte).</translation>
    </message>
    <message>
        <source>Declined as %1 by %2 at %3: %4</source>
        <translation>Als %1 abgelehnt von %2 um %3: %4</translation>
    </message>
</context>
<context>
    <name>StrokeJson</name>
    <message>
        <source>the signature strokes are not valid: %1</source>
        <translation>die Striche der Unterschrift sind ungültig: %1</translation>
    </message>
</context>
<context>
    <name>TemplatePropertiesDialog</name>
    <message>
        <source>Template Properties</source>
        <translation>Vorlageneigenschaften</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Sign-off &amp;policy of each role: how many different people must sign it, and whether they must be independent, having changed none of the record&apos;s items.</source>
        <translation>&amp;Freigaberegel jeder Rolle: wie viele verschiedene Personen sie unterschreiben müssen, und ob sie unabhängig sein müssen, also keinen Punkt des Nachweises geändert haben.</translation>
    </message>
    <message>
        <source>Saving stores these as version %1 of the template, which new records use. Records already made keep the policy of their own version.</source>
        <translation>Beim Speichern entsteht Version %1 der Vorlage, die neue Nachweise verwenden. Bestehende Nachweise behalten die Regel ihrer Version.</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signers required</source>
        <translation>Unterzeichner nötig</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Unabhängig</translation>
    </message>
    <message>
        <source>Signers required for %1</source>
        <translation>Nötige Unterzeichner für %1</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>unabhängig</translation>
    </message>
    <message>
        <source>%1 must be signed by someone independent</source>
        <translation>%1 muss von jemand Unabhängigem unterschrieben werden</translation>
    </message>
    <message>
        <source>No one who changed an item of the record (by the name the change was recorded under) may sign as %1.</source>
        <translation>Niemand, der einen Punkt des Nachweises geändert hat (nach dem Namen, unter dem die Änderung aufgezeichnet wurde), darf als %1 unterschreiben.</translation>
    </message>
    <message>
        <source>This template has no sign-off table, so there is no sign-off policy to set.</source>
        <translation>Diese Vorlage hat keine Freigabetabelle, also gibt es keine Freigaberegel festzulegen.</translation>
    </message>
</context>
<context>
    <name>TypedSignatureView</name>
    <message>
        <source>Typed signature</source>
        <translation>Getippte Unterschrift</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>audit row %1: the chain is broken before it (a row was deleted, inserted or reordered)</source>
        <translation>Prüfpfad-Zeile %1: Die Kette ist davor unterbrochen (eine Zeile wurde gelöscht, eingefügt oder umsortiert)</translation>
    </message>
    <message>
        <source>its signer no longer exists</source>
        <translation>ihr Unterzeichner existiert nicht mehr</translation>
    </message>
    <message>
        <source>login is &quot;%1&quot; in the signature but &quot;%2&quot; for the signer</source>
        <translation>Anmeldename ist „%1“ in der Unterschrift, aber „%2“ beim Unterzeichner</translation>
    </message>
    <message>
        <source>printed name is &quot;%1&quot; in the signature but &quot;%2&quot; for the signer %3</source>
        <translation>Name in Druckschrift ist „%1“ in der Unterschrift, aber „%2“ beim Unterzeichner %3</translation>
    </message>
    <message>
        <source>the public key of %1 is not the one registered in the audit trail</source>
        <translation>der öffentliche Schlüssel von %1 ist nicht der im Prüfpfad registrierte</translation>
    </message>
    <message>
        <source>meaning (signed &quot;%1&quot;, now &quot;%2&quot;)</source>
        <translation>Bedeutung (unterschrieben „%1“, jetzt „%2“)</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>Hashwert</translation>
    </message>
    <message>
        <source>name or login (signed &quot;%1&quot;)</source>
        <translation>Name oder Anmeldename (unterschrieben „%1“)</translation>
    </message>
    <message>
        <source>record, role, time or strokes (no signing of this record and role is in the audit trail)</source>
        <translation>Nachweis, Rolle, Zeit oder Striche (der Prüfpfad enthält kein Unterschreiben dieses Nachweises für diese Rolle)</translation>
    </message>
    <message>
        <source>the Ed25519 signature does not hold: changed field(s): %1</source>
        <translation>die Ed25519-Signatur ist ungültig; geänderte Felder: %1</translation>
    </message>
    <message>
        <source>the signed content is not available to compare</source>
        <translation>der unterschriebene Inhalt steht zum Vergleich nicht zur Verfügung</translation>
    </message>
    <message>
        <source>the record changed after it was signed: %1</source>
        <translation>der Nachweis wurde nach dem Unterschreiben geändert: %1</translation>
    </message>
    <message>
        <source>record field %1: was &quot;%2&quot;, is &quot;%3&quot;</source>
        <translation>Nachweisfeld %1: war „%2“, ist „%3“</translation>
    </message>
    <message>
        <source>item %1 was added</source>
        <translation>Punkt %1 wurde hinzugefügt</translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: %3 was &quot;%4&quot;, is &quot;%5&quot;</source>
        <translation>Punkt %1 „%2“: %3 war „%4“, ist „%5“</translation>
    </message>
    <message>
        <source>item %1 was removed</source>
        <translation>Punkt %1 wurde entfernt</translation>
    </message>
    <message>
        <source>audit row %1 (%2 by %3, record %4): its content was edited after it was written</source>
        <translation>Prüfpfad-Zeile %1 (%2 von %3, Nachweis %4): ihr Inhalt wurde nach dem Schreiben bearbeitet</translation>
    </message>
    <message>
        <source>audit row %1 is in the old format but comes after rows in the new one: it was inserted after the database moved to per-record chains</source>
        <translation>Prüfpfad-Zeile %1 hat das alte Format, steht aber nach Zeilen im neuen: sie wurde eingefügt, nachdem die Datenbank auf Ketten je Nachweis umgestellt wurde</translation>
    </message>
    <message>
        <source>audit row %1 claims format %2, which this version does not know</source>
        <translation>Prüfpfad-Zeile %1 gibt Format %2 an, das diese Version nicht kennt</translation>
    </message>
    <message>
        <source>audit row %1: it is row %2 of record %3, but the record&apos;s row before it is row %4 (a row of the record was deleted, inserted or reordered)</source>
        <translation>Prüfpfad-Zeile %1: sie ist Zeile %2 von Nachweis %3, aber die Zeile davor ist Zeile %4 (eine Zeile des Nachweises wurde gelöscht, eingefügt oder umgestellt)</translation>
    </message>
    <message>
        <source>audit row %1: the chain of record %2 is broken before it (a row was deleted, inserted or reordered)</source>
        <translation>Prüfpfad-Zeile %1: die Kette von Nachweis %2 ist davor unterbrochen (eine Zeile wurde gelöscht, eingefügt oder umgestellt)</translation>
    </message>
    <message>
        <source>audit row %1: the database-wide ledger does not follow from the row before it (a row was deleted, inserted, reordered or edited, anywhere in the database)</source>
        <translation>Prüfpfad-Zeile %1: das datenbankweite Hauptbuch folgt nicht aus der Zeile davor (irgendwo in der Datenbank wurde eine Zeile gelöscht, eingefügt, umgestellt oder bearbeitet)</translation>
    </message>
    <message>
        <source>the signed payload kept with it is not readable JSON</source>
        <translation>die mit ihr gespeicherten unterschriebenen Daten sind kein lesbares JSON</translation>
    </message>
    <message>
        <source>its payload has the format &quot;%1&quot;, which this version does not know</source>
        <translation>ihre unterschriebenen Daten haben das Format „%1“, das diese Version nicht kennt</translation>
    </message>
    <message>
        <source>the Ed25519 signature does not hold over its payload (the payload or the signature was changed)</source>
        <translation>die Ed25519-Unterschrift passt nicht zu ihren unterschriebenen Daten (die Daten oder die Unterschrift wurden geändert)</translation>
    </message>
    <message>
        <source>it was made with a key that is not %1&apos;s key now</source>
        <translation>sie wurde mit einem Schlüssel erstellt, der jetzt nicht der Schlüssel von %1 ist</translation>
    </message>
    <message>
        <source>it was made with a key that the audit trail never registered for %1</source>
        <translation>sie wurde mit einem Schlüssel erstellt, den der Prüfpfad nie für %1 registriert hat</translation>
    </message>
    <message>
        <source>%1 was signed as &quot;%2&quot; but is stored as &quot;%3&quot;</source>
        <translation>%1 wurde als „%2“ unterschrieben, ist aber als „%3“ gespeichert</translation>
    </message>
    <message>
        <source>it was made in the database %1, but this database is %2 (copied or re-identified)</source>
        <translation>sie wurde in der Datenbank %1 erstellt, diese Datenbank ist aber %2 (kopiert oder neu identifiziert)</translation>
    </message>
    <message>
        <source>it pinned row %1 of the record&apos;s audit trail (hash %2), which is gone: the trail before the signature was truncated or rewritten</source>
        <translation>sie hat Zeile %1 des Prüfpfads des Nachweises festgehalten (Hash %2), die fehlt: der Prüfpfad vor der Unterschrift wurde gekürzt oder umgeschrieben</translation>
    </message>
    <message>
        <source>it pinned row %1 of the record&apos;s audit trail with hash %2, but that row now has hash %3: the trail before the signature was rewritten (audit row %4)</source>
        <translation>sie hat Zeile %1 des Prüfpfads des Nachweises mit Hash %2 festgehalten, diese Zeile hat jetzt aber Hash %3: der Prüfpfad vor der Unterschrift wurde umgeschrieben (Prüfpfad-Zeile %4)</translation>
    </message>
    <message>
        <source>it is dated %1, before the audit row it pinned (%2): signing times went backwards</source>
        <translation>sie ist auf %1 datiert, vor der festgehaltenen Prüfpfad-Zeile (%2): die Unterschriftszeiten laufen rückwärts</translation>
    </message>
    <message>
        <source>it pinned the database&apos;s audit ledger at row %1 (hash %2), which %3: the database&apos;s history before the signature was rewritten</source>
        <translation>sie hat das Hauptbuch der Datenbank bei Zeile %1 (Hash %2) festgehalten, die %3: die Geschichte der Datenbank vor der Unterschrift wurde umgeschrieben</translation>
    </message>
    <message>
        <source>now has hash %1</source>
        <translation>jetzt Hash %1 hat</translation>
    </message>
    <message>
        <source>is gone</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>record %1: no &quot;created&quot; event in the audit trail</source>
        <translation>Nachweis %1: kein Ereignis „created“ im Prüfpfad</translation>
    </message>
    <message>
        <source>record %1, audit row %2: title, version, environment and template were &quot;%3&quot;, are &quot;%4&quot;</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: Titel, Version, Umgebung und Vorlage waren „%3“, sind „%4“</translation>
    </message>
    <message>
        <source>record %1: section %2 &quot;%3&quot; has %4 rows, its template %5 v%6 has %7</source>
        <translation>Nachweis %1: Abschnitt %2 „%3“ hat %4 Zeilen, seine Vorlage %5 v%6 hat %7</translation>
    </message>
    <message>
        <source>record %1, item %2: text was &quot;%3&quot; in its template, is &quot;%4&quot;</source>
        <translation>Nachweis %1, Punkt %2: der Text war „%3“ in der Vorlage, ist „%4“</translation>
    </message>
    <message>
        <source>record %1, audit row %2: item %3 %4 changed, but the record has no such item</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: bei Punkt %3 wurde %4 geändert, aber der Nachweis hat keinen solchen Punkt</translation>
    </message>
    <message>
        <source>record %1, audit row %2: item %3 &quot;%4&quot; %5 changed from &quot;%6&quot; to &quot;%7&quot; while the record was signed (no reopening came first)</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: bei Punkt %3 „%4“ wurde %5 von „%6“ zu „%7“ geändert, während der Nachweis unterschrieben war (ohne vorheriges Wiedereröffnen)</translation>
    </message>
    <message>
        <source>record %1, audit row %2: item %3 &quot;%4&quot; %5 changed from &quot;%6&quot;, but the audit trail had left it &quot;%7&quot; (%8)</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: bei Punkt %3 „%4“ wurde %5 von „%6“ geändert, der Prüfpfad hatte aber „%7“ hinterlassen (%8)</translation>
    </message>
    <message>
        <source>audit row %1</source>
        <translation>Prüfpfad-Zeile %1</translation>
    </message>
    <message>
        <source>as its template starts it</source>
        <translation>wie die Vorlage ihn anlegt</translation>
    </message>
    <message>
        <source>record %1, audit row %2: %3 signed as %4, but there is no signature for it (deleted or changed)</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: %3 hat als %4 unterschrieben, aber dazu gibt es keine Unterschrift (gelöscht oder geändert)</translation>
    </message>
    <message>
        <source>record %1, audit row %2: the record was sealed, but no signature of %3 stood then</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: der Nachweis wurde versiegelt, aber damals bestand keine Unterschrift für %3</translation>
    </message>
    <message>
        <source>record %1, audit row %2: the reopening revoked %3 signature(s), but %4 stood before it</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: das Wiedereröffnen hat %3 Unterschrift(en) widerrufen, aber davor bestanden %4</translation>
    </message>
    <message>
        <source>record %1, signature %2 (%3, %4)</source>
        <translation>Nachweis %1, Unterschrift %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1: still stands, but audit row %2 reopened the record after it was signed</source>
        <translation>%1: besteht noch, aber Prüfpfad-Zeile %2 hat den Nachweis nach der Unterschrift wiedereröffnet</translation>
    </message>
    <message>
        <source>%1: %2 was &quot;%3&quot; (audit row %4), is &quot;%5&quot;</source>
        <translation>%1: %2 war „%3“ (Prüfpfad-Zeile %4), ist „%5“</translation>
    </message>
    <message>
        <source>%1: no &quot;signed&quot; event in the audit trail records it</source>
        <translation>%1: kein Ereignis „signed“ im Prüfpfad hält sie fest</translation>
    </message>
    <message>
        <source>%1: revoked at %2 by %3, but no &quot;reopened&quot; event in the audit trail revoked it</source>
        <translation>%1: am %2 von %3 widerrufen, aber kein Ereignis „reopened“ im Prüfpfad hat sie widerrufen</translation>
    </message>
    <message>
        <source>record %1, item %2 &quot;%3&quot;: %4 was &quot;%5&quot; (%6), is &quot;%7&quot;</source>
        <translation>Nachweis %1, Punkt %2 „%3“: %4 war „%5“ (%6), ist „%7“</translation>
    </message>
    <message>
        <source>record %1: state should be &quot;%2&quot; (from its standing, valid signatures), is &quot;%3&quot;</source>
        <translation>Nachweis %1: der Zustand müsste „%2“ sein (nach seinen bestehenden, gültigen Unterschriften), ist „%3“</translation>
    </message>
    <message>
        <source>record %1: %2 &quot;created&quot; events in the audit trail (audit rows %3)</source>
        <translation>Nachweis %1: %2 Ereignisse „created“ im Prüfpfad (Prüfpfad-Zeilen %3)</translation>
    </message>
    <message>
        <source>record %1, audit row %2: the audit trail has this record, but it no longer exists</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: der Prüfpfad kennt diesen Nachweis, er existiert aber nicht mehr</translation>
    </message>
    <message>
        <source>signer %1: no &quot;signer_added&quot; event in the audit trail</source>
        <translation>Unterzeichner %1: kein Ereignis „signer_added“ im Prüfpfad</translation>
    </message>
    <message>
        <source>signer %1: %2 was &quot;%3&quot; by the audit trail (up to audit row %4), is &quot;%5&quot;</source>
        <translation>Unterzeichner %1: %2 war laut Prüfpfad „%3“ (bis Prüfpfad-Zeile %4), ist „%5“</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>gesperrt bis</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>signer %1, audit row %2: the audit trail added this signer, but it no longer exists</source>
        <translation>Unterzeichner %1, Prüfpfad-Zeile %2: der Prüfpfad hat diesen Unterzeichner hinzugefügt, er existiert aber nicht mehr</translation>
    </message>
    <message>
        <source>the database&apos;s id is %1, but the audit trail gave it %2: the id was changed in SQL</source>
        <translation>die Kennung der Datenbank ist %1, der Prüfpfad hat ihr aber %2 gegeben: die Kennung wurde per SQL geändert</translation>
    </message>
    <message>
        <source>the root expected (--root)</source>
        <translation>die erwartete Wurzel (--root)</translation>
    </message>
    <message>
        <source>record %1, audit row %2: %3 declined to sign as %4, but there is no refusal for it (deleted or changed)</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: %3 hat die Unterschrift als %4 abgelehnt, aber es gibt keine Ablehnung dazu (gelöscht oder geändert)</translation>
    </message>
    <message>
        <source>record %1, refusal %2 (%3, %4): no &quot;declined&quot; event in the audit trail records it</source>
        <translation>Nachweis %1, Ablehnung %2 (%3, %4): Kein „declined“-Eintrag im Prüfpfad verzeichnet sie</translation>
    </message>
    <message>
        <source>record %1, refusal %2 (%3, %4)</source>
        <translation>Nachweis %1, Ablehnung %2 (%3, %4)</translation>
    </message>
    <message>
        <source>it was made over record content in the format &quot;%1&quot;, which this version of Countersign does not know: its content cannot be checked. Verify it with a newer version.</source>
        <translation>sie wurde über Nachweisinhalt im Format „%1“ erstellt, das diese Version von Countersign nicht kennt: ihr Inhalt kann nicht geprüft werden. Prüfen Sie sie mit einer neueren Version.</translation>
    </message>
    <message>
        <source>policy: any_order was &quot;%1&quot;, is &quot;%2&quot;</source>
        <translation>Richtlinie: any_order war „%1“, ist „%2“</translation>
    </message>
    <message>
        <source>policy: role &quot;%1&quot; was added</source>
        <translation>Richtlinie: Rolle „%1“ wurde hinzugefügt</translation>
    </message>
    <message>
        <source>policy: role &quot;%1&quot; was removed</source>
        <translation>Richtlinie: Rolle „%1“ wurde entfernt</translation>
    </message>
    <message>
        <source>policy of role &quot;%1&quot;: %2 was &quot;%3&quot;, is &quot;%4&quot;</source>
        <translation>Richtlinie der Rolle „%1“: %2 war „%3“, ist „%4“</translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: attachment %3 &quot;%4&quot; was added</source>
        <translation>Punkt %1 „%2“: Anhang %3 „%4“ wurde hinzugefügt</translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: attachment %3 &quot;%4&quot;: %5 was &quot;%6&quot;, is &quot;%7&quot;</source>
        <translation>Punkt %1 „%2“: Anhang %3 „%4“: %5 war „%6“, ist „%7“</translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: attachment %3 &quot;%4&quot; was removed from the record</source>
        <translation>Punkt %1 „%2“: Anhang %3 „%4“ wurde aus dem Nachweis entfernt</translation>
    </message>
    <message>
        <source>section %1 &quot;%2&quot;: %3 was &quot;%4&quot;, is &quot;%5&quot;</source>
        <translation>Abschnitt %1 „%2“: %3 war „%4“, ist „%5“</translation>
    </message>
    <message>
        <source>the record had %1 sections when signed, has %2</source>
        <translation>der Nachweis hatte beim Unterschreiben %1 Abschnitte, hat jetzt %2</translation>
    </message>
    <message>
        <source>record %1, item %2 &quot;%3&quot;, attachment %4 &quot;%5&quot;</source>
        <translation>Nachweis %1, Punkt %2 „%3“, Anhang %4 „%5“</translation>
    </message>
    <message>
        <source>(not in this record)</source>
        <translation>(nicht in diesem Nachweis)</translation>
    </message>
    <message>
        <source>%1: its bytes cannot be read back: %2</source>
        <translation>%1: seine Bytes lassen sich nicht zurücklesen: %2</translation>
    </message>
    <message>
        <source>%1: its stored bytes hash to SHA-256 %2, but it was attached as %3 (its bytes were changed)</source>
        <translation>%1: seine gespeicherten Bytes ergeben SHA-256 %2, angehängt wurde er aber als %3 (seine Bytes wurden geändert)</translation>
    </message>
    <message>
        <source>%1: its item is not an item of the record</source>
        <translation>%1: sein Punkt ist kein Punkt des Nachweises</translation>
    </message>
    <message>
        <source>record %1, item %2, attachment %3 &quot;%4&quot;</source>
        <translation>Nachweis %1, Punkt %2, Anhang %3 „%4“</translation>
    </message>
    <message>
        <source>%1: no &quot;attached&quot; event in the audit trail records it</source>
        <translation>%1: kein Ereignis „attached“ im Prüfpfad hält ihn fest</translation>
    </message>
    <message>
        <source>%1, audit row %2: attached to item %3, is on item %4</source>
        <translation>%1, Prüfpfad-Zeile %2: an Punkt %3 angehängt, hängt an Punkt %4</translation>
    </message>
    <message>
        <source>%1, audit row %2: attached as &quot;%3&quot; by %4 at %5, is &quot;%6&quot; by %7 at %8</source>
        <translation>%1, Prüfpfad-Zeile %2: angehängt als „%3“ von %4 am %5, ist „%6“ von %7 am %8</translation>
    </message>
    <message>
        <source>%1: removed by %2 at %3, but no &quot;detached&quot; event in the audit trail removed it</source>
        <translation>%1: von %2 am %3 entfernt, aber kein Ereignis „detached“ im Prüfpfad hat ihn entfernt</translation>
    </message>
    <message>
        <source>%1, audit row %2: the audit trail removed it, but it stands</source>
        <translation>%1, Prüfpfad-Zeile %2: der Prüfpfad hat ihn entfernt, er besteht aber noch</translation>
    </message>
    <message>
        <source>%1, audit row %2: removed by %3 at %4 (&quot;%5&quot;), is by %6 at %7 (&quot;%8&quot;)</source>
        <translation>%1, Prüfpfad-Zeile %2: entfernt von %3 am %4 („%5“), ist von %6 am %7 („%8“)</translation>
    </message>
    <message>
        <source>record %1, audit row %2: %3 attached &quot;%4&quot; as attachment %5 to item %6, but there is no such attachment (deleted or moved)</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: %3 hat „%4“ als Anhang %5 an Punkt %6 angehängt, aber diesen Anhang gibt es nicht (gelöscht oder verschoben)</translation>
    </message>
    <message>
        <source>record %1, audit row %2: &quot;%3&quot; was marked not applicable (or the mark taken back) while the record was signed (no reopening came first)</source>
        <translation>Nachweis %1, Prüfpfad-Zeile %2: „%3“ wurde auf Entfällt gesetzt (oder dies zurückgenommen), während der Nachweis unterschrieben war (ohne vorheriges Wiederöffnen)</translation>
    </message>
    <message>
        <source>record %1, %2: marked not applicable &quot;%3&quot; (%4), is &quot;%5&quot;</source>
        <translation>Nachweis %1, %2: auf Entfällt gesetzt „%3“ (%4), ist „%5“</translation>
    </message>
    <message>
        <source>never marked</source>
        <translation>nie gesetzt</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;</source>
        <translation>Abschnitt „%1“</translation>
    </message>
    <message>
        <source>group %1 &quot;%2&quot;</source>
        <translation>Gruppe %1 „%2“</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>that row now holds another hash, so the history was rewritten</source>
        <translation>diese Zeile hat jetzt einen anderen Hash, die Geschichte wurde also umgeschrieben</translation>
    </message>
    <message>
        <source>that row is gone: an older copy was put in its place or its history was rewritten</source>
        <translation>diese Zeile fehlt: eine ältere Kopie wurde an ihre Stelle gesetzt oder ihre Geschichte wurde umgeschrieben</translation>
    </message>
    <message>
        <source>this database is older than, or different from, the one this machine saw on %1 (audit row %2, hash %3): %4</source>
        <translation>diese Datenbank ist älter als die, oder eine andere als die, die dieser Rechner am %1 gesehen hat (Prüfpfad-Zeile %2, Hash %3): %4</translation>
    </message>
    <message>
        <source>%1 held the database %2 when this machine saw it on %3; it now holds the database %4: the database&apos;s id was changed, or another database was put in its place</source>
        <translation>%1 enthielt die Datenbank %2, als dieser Rechner sie am %3 sah; jetzt enthält es die Datenbank %4: die Kennung der Datenbank wurde geändert oder eine andere Datenbank an ihre Stelle gesetzt</translation>
    </message>
    <message>
        <source>cannot write what this machine remembers of the database to %1</source>
        <translation>kann nicht nach %1 schreiben, was dieser Rechner sich von der Datenbank merkt</translation>
    </message>
    <message>
        <source>the signer registry&apos;s root of this database is %1, but this machine saw the root %2 on %3: the administrators were replaced (as when an SSH host key changes). Do not trust its signatures until an administrator explains the change.</source>
        <translation>die Wurzel des Unterzeichnerregisters dieser Datenbank ist %1, aber dieser Rechner sah am %3 die Wurzel %2: Die Administratoren wurden ersetzt (wie wenn sich ein SSH-Hostschlüssel ändert). Vertrauen Sie ihren Unterschriften erst, wenn ein Administrator die Änderung erklärt.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>WitnessGuard</name>
    <message>
        <source>This Database Is Older Than the One You Saw</source>
        <translation>Diese Datenbank ist älter als die, die Sie gesehen haben</translation>
    </message>
    <message>
        <source>Accepted %1 as it is now; the acceptance is in its audit trail</source>
        <translation>%1 wurde im jetzigen Zustand angenommen; die Annahme steht im Prüfpfad</translation>
    </message>
    <message>
        <source>“%1” is older than, or different from, the database this computer saw on %2.</source>
        <translation>„%1“ ist älter als die, oder eine andere als die Datenbank, die dieser Computer am %2 gesehen hat.</translation>
    </message>
    <message>
        <source>“%1” is not the database this computer saw in its place.</source>
        <translation>„%1“ ist nicht die Datenbank, die dieser Computer an dieser Stelle gesehen hat.</translation>
    </message>
    <message>
        <source>If you or your administrator restored a backup on purpose, accept this database: your name and reason go into its audit trail. Otherwise close it, keep the file as it is, and tell whoever administers it.</source>
        <translation>Wenn Sie oder Ihr Administrator absichtlich eine Sicherung wiederhergestellt haben, nehmen Sie diese Datenbank an: Ihr Name und Ihre Begründung kommen in ihren Prüfpfad. Andernfalls schließen Sie sie, lassen die Datei unverändert und benachrichtigen, wer sie verwaltet.</translation>
    </message>
    <message>
        <source>&amp;Close the Database</source>
        <translation>Datenbank &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Accept This Database…</source>
        <translation>Diese Datenbank &amp;annehmen …</translation>
    </message>
    <message>
        <source>Accept This Database</source>
        <translation>Diese Datenbank annehmen</translation>
    </message>
    <message>
        <source>Why do you accept “%1” as it is now? Your name and this reason go into its audit trail.</source>
        <translation>Warum nehmen Sie „%1“ im jetzigen Zustand an? Ihr Name und diese Begründung kommen in ihren Prüfpfad.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Say why you accept the database: the reason is kept in its audit trail.</source>
        <translation>Geben Sie an, warum Sie die Datenbank annehmen: die Begründung wird im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>The database was not accepted.

%1</source>
        <translation>Die Datenbank wurde nicht angenommen.

%1</translation>
    </message>
    <message>
        <source>This computer remembers audit row %1 (hash %2…) of it, and the database no longer holds that row as it was: someone put an older copy (a backup) in its place, or rewrote its history.</source>
        <translation>Dieser Computer kennt ihre Prüfpfad-Zeile %1 (Hash %2…), und die Datenbank enthält diese Zeile nicht mehr so, wie sie war: jemand hat eine ältere Kopie (eine Sicherung) an ihre Stelle gesetzt oder ihre Geschichte umgeschrieben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>Release sign-off checklists with signed, tamper-evident records.</source>
        <translation>Checklisten zur Release-Freigabe mit unterschriebenen, fälschungssicheren Nachweisen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Check the path given with --db, or start Countersign without --db to use the default database.</source>
        <translation>Prüfen Sie den mit --db angegebenen Pfad, oder starten Sie Countersign ohne --db, um die Standarddatenbank zu verwenden.</translation>
    </message>
    <message>
        <source>Check that the folder can be written, or start Countersign with --db PATH to open another database.</source>
        <translation>Prüfen Sie, ob in den Ordner geschrieben werden darf, oder starten Sie Countersign mit --db PFAD, um eine andere Datenbank zu öffnen.</translation>
    </message>
    <message>
        <source>Countersign Cannot Start</source>
        <translation>Countersign kann nicht starten</translation>
    </message>
    <message>
        <source>Countersign cannot open its database.

%1

%2</source>
        <translation>Countersign kann seine Datenbank nicht öffnen.

%1

%2</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (a file, or postgresql://user@host:port/database) instead of the default one (%1).</source>
        <translation>Die Datenbank unter &lt;pfad&gt; (eine Datei oder postgresql://benutzer@host:port/datenbank) statt der Standarddatenbank (%1) öffnen.</translation>
    </message>
    <message>
        <source>Use the dark appearance (for screenshots).</source>
        <translation>Das dunkle Erscheinungsbild verwenden (für Bildschirmfotos).</translation>
    </message>
    <message>
        <source>Print first-paint-ms: N once the window has painted, then quit (for start-up benchmarks).</source>
        <translation>first-paint-ms: N ausgeben, sobald das Fenster gezeichnet ist, dann beenden (für Startzeitmessungen).</translation>
    </message>
    <message>
        <source>Print what the application does (databases opened, records opened, files written) on standard error.</source>
        <translation>Auf der Standardfehlerausgabe ausgeben, was die Anwendung tut (geöffnete Datenbanken und Nachweise, geschriebene Dateien).</translation>
    </message>
</context>
</TS>

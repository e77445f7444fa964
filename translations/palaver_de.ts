<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>No account is set up yet.</source>
        <translation>Noch kein Konto eingerichtet.</translation>
    </message>
    <message>
        <source>&amp;Palaver</source>
        <translation>&amp;Palaver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Palaver</source>
        <translation>Ü&amp;ber Palaver</translation>
    </message>
</context>
<context>
    <name>Palaver::Gui::MainWindow</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>About Palaver</source>
        <translation>Über Palaver</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Palaver %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop messenger for XMPP.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Palaver %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Desktop-Messenger für XMPP.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop XMPP messenger</source>
        <translation>Desktop-Messenger für XMPP</translation>
    </message>
    <message>
        <source>Keep settings and history in &lt;dir&gt; (a separate profile).</source>
        <translation>Einstellungen und Verlauf in &lt;dir&gt; ablegen (ein eigenes Profil).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Palaver</source>
        <translation>Palaver</translation>
    </message>
    <message>
        <source>The profile in %1 cannot be opened: %2</source>
        <translation>Das Profil in %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
</TS>

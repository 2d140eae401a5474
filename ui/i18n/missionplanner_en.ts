<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="+541" />
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Delete %n station</numerusform>
            <numerusform>Delete %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n observer(s)</source>
        <translation>
            <numerusform>Delete %n observer</numerusform>
            <numerusform>Delete %n observers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n team(s)</source>
        <translation>
            <numerusform>Delete %n team</numerusform>
            <numerusform>Delete %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n region(s)</source>
        <translation>
            <numerusform>Delete %n region</numerusform>
            <numerusform>Delete %n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionOverview</name>
    <message numerus="yes">
        <location filename="../panels/mission_overview.py" line="+81" />
        <source>%Ln flagged</source>
        <translation>
            <numerusform>%Ln flagged</numerusform>
            <numerusform>%Ln flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln generated</source>
        <translation>
            <numerusform>%Ln generated</numerusform>
            <numerusform>%Ln generated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%Ln entered (planning forms the rest)</source>
        <translation>
            <numerusform>%Ln entered (planning forms the rest)</numerusform>
            <numerusform>%Ln entered (planning forms the rest)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message numerus="yes">
        <location filename="../widgets/table_panel.py" line="+137" />
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../dialogs/import_preview.py" line="+226" />
        <source>%Ln problem(s): nothing will be imported. Fix the file (every problem is listed with its row and column) and import it again.</source>
        <translation>
            <numerusform>%Ln problem: nothing will be imported. Fix the file (every problem is listed with its row and column) and import it again.</numerusform>
            <numerusform>%Ln problems: nothing will be imported. Fix the file (every problem is listed with its row and column) and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="+741" />
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
        <location filename="../panels/mission_overview.py" line="+80" />
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
    <message numerus="yes">
        <location line="+20" />
        <source>(%Ln station(s) without a figure)</source>
        <translation>
            <numerusform>(%Ln station without a figure)</numerusform>
            <numerusform>(%Ln stations without a figure)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewMissionWizard</name>
    <message numerus="yes">
        <location filename="../dialogs/new_mission.py" line="+171" />
        <location line="+1" />
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message numerus="yes">
        <location filename="../widgets/table_panel.py" line="+204" />
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
</TS>
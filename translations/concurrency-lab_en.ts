<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComparisonCatalog</name>
    <message numerus="yes">
        <source>%1 (%n matches)</source>
        <translation>
            <numerusform>%1 (%n match)</numerusform>
            <numerusform>%1 (%n matches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message numerus="yes">
        <source>%n tables contain “%1”:</source>
        <translation>
            <numerusform>%n table contains “%1”:</numerusform>
            <numerusform>%n tables contain “%1”:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrimesLessonPage</name>
    <message numerus="yes">
        <source>Threads or processes for the parallel modes: 1 to twice the %n core(s) of this machine.</source>
        <translation>
            <numerusform>Threads or processes for the parallel modes: 1 to twice the %n core of this machine.</numerusform>
            <numerusform>Threads or processes for the parallel modes: 1 to twice the %n cores of this machine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrimesResult</name>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forced GIL switch(es)</source>
        <translation>
            <numerusform>%n forced GIL switch</numerusform>
            <numerusform>%n forced GIL switches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrimesSweepPanel</name>
    <message numerus="yes">
        <source>Sweep done: %n run(s).</source>
        <translation>
            <numerusform>Sweep done: %n run.</numerusform>
            <numerusform>Sweep done: %n runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepChart</name>
    <message numerus="yes">
        <source>%n core(s).</source>
        <translation>
            <numerusform>%n core.</numerusform>
            <numerusform>%n cores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoroutineSleepersRunner</name>
    <message numerus="yes">
        <source>%n coroutine(s) sleeping</source>
        <translation>
            <numerusform>%n coroutine sleeping</numerusform>
            <numerusform>%n coroutines sleeping</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitForRunner</name>
    <message numerus="yes">
        <source>sync code: waitFor() returned; meanwhile its nested loop handled %n event(s): a 10 ms timer&apos;s ticks and any clicks</source>
        <translation>
            <numerusform>sync code: waitFor() returned; meanwhile its nested loop handled %n event: a 10 ms timer&apos;s ticks and any clicks</numerusform>
            <numerusform>sync code: waitFor() returned; meanwhile its nested loop handled %n events: a 10 ms timer&apos;s ticks and any clicks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaysResult</name>
    <message numerus="yes">
        <source>%1 x the sleep of %2 s; %n event(s) (timer ticks, clicks) handled inside waitFor()</source>
        <translation>
            <numerusform>%1 x the sleep of %2 s; %n event (timer ticks, clicks) handled inside waitFor()</numerusform>
            <numerusform>%1 x the sleep of %2 s; %n events (timer ticks, clicks) handled inside waitFor()</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueResult</name>
    <message numerus="yes">
        <source>; the producer waited %Ln time(s) for room</source>
        <translation>
            <numerusform>; the producer waited %Ln time for room</numerusform>
            <numerusform>; the producer waited %Ln times for room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln consumer(s)</source>
        <translation>
            <numerusform>%Ln consumer</numerusform>
            <numerusform>%Ln consumers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <source>%1 (the last %n run(s))</source>
        <translation>
            <numerusform>%1 (the last %n run)</numerusform>
            <numerusform>%1 (the last %n runs)</numerusform>
        </translation>
    </message>
</context>
</TS>

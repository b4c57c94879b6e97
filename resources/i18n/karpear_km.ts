<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH" sourcelanguage="en">
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>លាក់</translation>
        </message>
    </context>
    <context>
        <name>Dialog</name>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
    </context>
    <context>
        <name>Group</name>
        <message>
            <source>%1 (%2 participants)</source>
            <translation>%1 (អ្នក​ចូលរួម %2 នាក់)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 ក្នុង​ចំណោម %2</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>បន្ថែម​អ្នក​ចូលរួម</translation>
        </message>
        <message>
            <source>Create a session first.</source>
            <translation>សូម​បង្កើត​វគ្គ​មួយ​ជាមុន​សិន។</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>លុប</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>លុប​វគ្គ</translation>
        </message>
        <message>
            <source>Delete session…</source>
            <translation>លុប​វគ្គ…</translation>
        </message>
        <message>
            <source>Delete the session “%1”?</source>
            <translation>លុប​វគ្គ «%1» ឬ?</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>រួចរាល់</translation>
        </message>
        <message>
            <source>Export summary</source>
            <translation>នាំចេញ​សេចក្ដី​សង្ខេប</translation>
        </message>
        <message>
            <source>Export summary (CSV)…</source>
            <translation>នាំចេញ​សេចក្ដី​សង្ខេប (CSV)…</translation>
        </message>
        <message>
            <source>Group session</source>
            <translation>វគ្គ​ក្រុម</translation>
        </message>
        <message>
            <source>Group session: %1</source>
            <translation>វគ្គ​ក្រុម៖ %1</translation>
        </message>
        <message>
            <source>Its participants and their ticks are removed from this computer.</source>
            <translation>អ្នក​ចូលរួម និង​សញ្ញា​ធីក​របស់​ពួកគេ​ត្រូវ​បាន​លុប​ចេញ​ពី​កុំព្យូទ័រ​នេះ។</translation>
        </message>
        <message>
            <source>Name of a new session, e.g. Tuesday group</source>
            <translation>ឈ្មោះ​វគ្គ​ថ្មី ឧទាហរណ៍ ក្រុម​ថ្ងៃ​អង្គារ</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>វគ្គ​ថ្មី</translation>
        </message>
        <message>
            <source>Pseudonym of a participant</source>
            <translation>ឈ្មោះ​ក្លែង​របស់​អ្នក​ចូលរួម</translation>
        </message>
        <message>
            <source>Someone in this session already has that pseudonym.</source>
            <translation>មាន​អ្នក​ម្នាក់​ក្នុង​វគ្គ​នេះ​ប្រើ​ឈ្មោះ​ក្លែង​នោះ​រួច​ហើយ។</translation>
        </message>
        <message>
            <source>Summary written to %1 (counts only, no names).</source>
            <translation>សេចក្ដី​សង្ខេប​ត្រូវ​បាន​សរសេរ​ទៅ %1 (មាន​តែ​ចំនួន គ្មាន​ឈ្មោះ)។</translation>
        </message>
        <message>
            <source>That pseudonym is too long: keep it short.</source>
            <translation>ឈ្មោះ​ក្លែង​នោះ​វែង​ពេក៖ សូម​ប្រើ​ឈ្មោះ​ខ្លី។</translation>
        </message>
        <message>
            <source>The saved group sessions could not be used (damaged, or from a newer version of Karpear). They were moved aside, not deleted; this window starts without them.</source>
            <translation>វគ្គ​ក្រុម​ដែល​បាន​រក្សាទុក​មិន​អាច​ប្រើ​បាន​ទេ (ខូច ឬ​មក​ពី​កំណែ Karpear ថ្មី​ជាង)។ វា​ត្រូវ​បាន​ដាក់​ឡែក មិន​មែន​លុប​ទេ។ បង្អួច​នេះ​ចាប់ផ្ដើម​ដោយ​គ្មាន​វា។</translation>
        </message>
        <message>
            <source>The summary could not be written to %1: %2</source>
            <translation>មិន​អាច​សរសេរ​សេចក្ដី​សង្ខេប​ទៅ %1 បាន​ទេ៖ %2</translation>
        </message>
        <message>
            <source>This step was updated since it was ticked.</source>
            <translation>ជំហាន​នេះ​ត្រូវ​បាន​ធ្វើ​បច្ចុប្បន្នភាព​ចាប់​តាំង​ពី​វា​ត្រូវ​បាន​ធីក។</translation>
        </message>
        <message>
            <source>Type a pseudonym first.</source>
            <translation>សូម​វាយ​ឈ្មោះ​ក្លែង​ជាមុន​សិន។</translation>
        </message>
        <message>
            <source>Use pseudonyms or initials, never real names: whoever takes this computer could read the list.</source>
            <translation>សូម​ប្រើ​ឈ្មោះ​ក្លែង ឬ​អក្សរ​ផ្ដើម កុំ​ប្រើ​ឈ្មោះ​ពិត៖ អ្នក​ណា​ដែល​យក​កុំព្យូទ័រ​នេះ​អាច​អាន​បញ្ជី​នេះ​បាន។</translation>
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
            <translation>មគ្គុទ្ទេសក៍</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>%1 of %2 steps done</source>
            <translation>បានធ្វើ %1 ក្នុងចំណោម %2 ជំហាន</translation>
        </message>
        <message>
            <source>Draft translation: no native speaker has reviewed this language yet. If something is unclear, compare with the English version.</source>
            <translation>ការបកប្រែ​ព្រាង៖ មិន​ទាន់​មាន​អ្នក​និយាយ​ភាសា​កំណើត​ពិនិត្យ​ភាសា​នេះ​នៅឡើយ​ទេ។ បើ​មាន​អ្វី​មិន​ច្បាស់ សូម​ប្រៀបធៀប​ជាមួយ​កំណែ​ភាសា​អង់គ្លេស។</translation>
        </message>
        <message>
            <source>Last reviewed: %1</source>
            <translation>ពិនិត្យ​ចុងក្រោយ៖ %1</translation>
        </message>
        <message>
            <source>No guide could be loaded.</source>
            <translation>មិន​អាច​បើក​មគ្គុទ្ទេសក៍​ណាមួយ​បាន​ទេ។</translation>
        </message>
        <message>
            <source>No steps in this guide for this device.</source>
            <translation>មគ្គុទ្ទេសក៍​នេះ​គ្មាន​ជំហាន​សម្រាប់​ឧបករណ៍​នេះ​ទេ។</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>វឌ្ឍនភាព</translation>
        </message>
        <message>
            <source>Showing the steps for %1 (%2 other steps hidden).</source>
            <translation>បង្ហាញ​តែ​ជំហាន​សម្រាប់ %1 (ជំហាន​ផ្សេង​ទៀត %2 ត្រូវបាន​លាក់)។</translation>
        </message>
    </context>
    <context>
        <name>Handout</name>
        <message>
            <source>A PDF to print for a group: every step with a box to tick with a pen, and the official links as text and as QR codes.</source>
            <translation>ឯកសារ PDF សម្រាប់​បោះពុម្ព​ចែក​ក្រុម៖ ជំហាន​នីមួយៗ​មាន​ប្រអប់​សម្រាប់​គូស​ដោយ​ប៊ិច និង​តំណ​ផ្លូវការ​ជា​អក្សរ និង​ជា​កូដ QR។</translation>
        </message>
        <message>
            <source>Advice reviewed on %1.</source>
            <translation>ដំបូន្មាន​ត្រូវ​បាន​ពិនិត្យ​នៅ​ថ្ងៃ %1។</translation>
        </message>
        <message>
            <source>Draft translation, not yet reviewed by a native speaker.</source>
            <translation>ការបកប្រែ​ព្រាង មិន​ទាន់​ត្រូវ​បាន​ពិនិត្យ​ដោយ​អ្នក​និយាយ​ភាសា​កំណើត​នៅ​ឡើយ​ទេ។</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>មគ្គុទ្ទេសក៍</translation>
        </message>
        <message>
            <source>Handout saved: %1 (%2 pages).</source>
            <translation>បាន​រក្សាទុក​ឯកសារ​ចែកជូន៖ %1 (%2 ទំព័រ)។</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter (អាមេរិក)</translation>
        </message>
        <message>
            <source>Not from Karpear: this guide was added on the computer that printed it, and nobody at Karpear has reviewed its advice.</source>
            <translation>មិន​មែន​មក​ពី Karpear ទេ៖ មគ្គុទ្ទេសក៍​នេះ​ត្រូវ​បាន​បន្ថែម​នៅ​លើ​កុំព្យូទ័រ​ដែល​បាន​បោះពុម្ព​វា ហើយ​គ្មាន​នរណា​ម្នាក់​នៅ Karpear បាន​ពិនិត្យ​ដំបូន្មាន​របស់​វា​ទេ។</translation>
        </message>
        <message>
            <source>Nothing (one language)</source>
            <translation>គ្មាន (ភាសា​តែ​មួយ)</translation>
        </message>
        <message>
            <source>Official links of %1: given earlier.</source>
            <translation>តំណ​ផ្លូវការ​របស់ %1៖ មាន​នៅ​ខាង​លើ។</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>ក្រដាស</translation>
        </message>
        <message>
            <source>Print a handout</source>
            <translation>បោះពុម្ព​ឯកសារ​ចែកជូន</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>រក្សាទុក​ជា PDF…</translation>
        </message>
        <message>
            <source>Save the handout</source>
            <translation>រក្សាទុក​ឯកសារ​ចែកជូន</translation>
        </message>
        <message>
            <source>Side by side with</source>
            <translation>ក្បែរ​ភាសា</translation>
        </message>
        <message>
            <source>The handout could not be saved to %1: %2</source>
            <translation>មិន​អាច​រក្សាទុក​ឯកសារ​ចែកជូន​ទៅ %1 បាន​ទេ៖ %2</translation>
        </message>
        <message>
            <source>Translation reviewed by %1.</source>
            <translation>ការបកប្រែ​ត្រូវ​បាន​ពិនិត្យ​ដោយ %1។</translation>
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
            <translation>%1 បន្ទាត់​ទី %2៖ %3</translation>
        </message>
        <message>
            <source>APK file</source>
            <translation>ឯកសារ APK</translation>
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
            <translation>ឈប់​អភិវឌ្ឍ​ហើយ៖ កុំប្រើ</translation>
        </message>
        <message>
            <source>F-Droid</source>
            <translation>F-Droid</translation>
        </message>
        <message>
            <source>Get it for %1</source>
            <translation>ទាញយក​សម្រាប់ %1</translation>
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
            <translation>បើក​ក្នុង​កម្មវិធី​រុករក</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>ណែនាំ​ឲ្យ​ប្រើ</translation>
        </message>
        <message>
            <source>Use with caution</source>
            <translation>ប្រើ​ដោយ​ប្រុងប្រយ័ត្ន</translation>
        </message>
        <message>
            <source>Web browser</source>
            <translation>កម្មវិធី​រុករក​បណ្ដាញ</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>Windows</translation>
        </message>
        <message>
            <source>app store</source>
            <translation>ហាង​កម្មវិធី</translation>
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
            <translation>គេហទំព័រ​ផ្លូវការ</translation>
        </message>
        <message>
            <source>website</source>
            <translation>គេហទំព័រ</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>%1 is not one of the official websites listed for this. It may be a fake site.</source>
            <translation>%1 មិន​មែន​ជា​គេហទំព័រ​ផ្លូវការ​ដែល​បាន​កំណត់​សម្រាប់​ការ​នេះ​ទេ។ វា​អាច​ជា​គេហទំព័រ​ក្លែងក្លាយ។</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1៖ %2</translation>
        </message>
        <message>
            <source>APK signing certificate (SHA-256):</source>
            <translation>វិញ្ញាបនបត្រ​ចុះហត្ថលេខា APK (SHA-256)៖</translation>
        </message>
        <message>
            <source>Address copied</source>
            <translation>បាន​ចម្លង​អាសយដ្ឋាន</translation>
        </message>
        <message>
            <source>App ID (package name):</source>
            <translation>លេខ​សម្គាល់​កម្មវិធី (ឈ្មោះ​កញ្ចប់)៖</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Check that you have the real app</source>
            <translation>ផ្ទៀងផ្ទាត់​ថា​អ្នក​មាន​កម្មវិធី​ពិតប្រាកដ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>ចម្លង​អាសយដ្ឋាន</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>អាសយដ្ឋាន​អ៊ីមែល</translation>
        </message>
        <message>
            <source>Full address (check that it is exactly this):</source>
            <translation>អាសយដ្ឋាន​ពេញ (សូម​ពិនិត្យ​ថា​វា​ដូចនេះ​បេះ​បិទ)៖</translation>
        </message>
        <message>
            <source>If someone sent you this guide with this link, be careful: it may have been changed.</source>
            <translation>បើ​មាន​នរណា​ម្នាក់​ផ្ញើ​មគ្គុទ្ទេសក៍​នេះ​ជាមួយ​តំណ​នេះ​មក​អ្នក សូម​ប្រុងប្រយ័ត្ន៖ វា​ប្រហែលជា​ត្រូវបាន​គេ​កែប្រែ។</translation>
        </message>
        <message>
            <source>Karpear does not open your email program. Copy the address and write from an account you trust.</source>
            <translation>Karpear មិន​បើក​កម្មវិធី​អ៊ីមែល​របស់​អ្នកទេ។ សូម​ចម្លង​អាសយដ្ឋាន ហើយ​សរសេរ​ពី​គណនី​ដែល​អ្នក​ទុកចិត្ត។</translation>
        </message>
        <message>
            <source>Karpear never goes online itself. If you continue, your web browser opens this address.</source>
            <translation>Karpear មិន​ដែល​ភ្ជាប់​អ៊ីនធឺណិត​ដោយ​ខ្លួន​ឯង​ទេ។ បើអ្នកបន្ត កម្មវិធី​រុករក​របស់​អ្នក​នឹង​បើក​អាសយដ្ឋាន​នេះ។</translation>
        </message>
        <message>
            <source>Karpear only opens secure (https) addresses of official websites. This one is not.</source>
            <translation>Karpear បើក​តែ​អាសយដ្ឋាន​សុវត្ថិភាព (https) នៃ​គេហទំព័រ​ផ្លូវការ​ប៉ុណ្ណោះ។ អាសយដ្ឋាន​នេះ​មិន​មែន​ទេ។</translation>
        </message>
        <message>
            <source>Link blocked</source>
            <translation>តំណ​ត្រូវបាន​រារាំង</translation>
        </message>
        <message>
            <source>No web browser could be started on this computer. Copy the address and paste it into a web browser yourself, or type it on your phone.</source>
            <translation>មិន​អាច​បើក​កម្មវិធី​រុករក​នៅ​លើ​កុំព្យូទ័រ​នេះ​បាន​ទេ។ សូម​ចម្លង​អាសយដ្ឋាន ហើយ​បិទភ្ជាប់​វា​ក្នុង​កម្មវិធី​រុករក​ដោយ​ខ្លួន​ឯង ឬ​វាយ​វា​នៅ​លើ​ទូរស័ព្ទ​របស់​អ្នក។</translation>
        </message>
        <message>
            <source>Official website of %1</source>
            <translation>គេហទំព័រ​ផ្លូវការ​របស់ %1</translation>
        </message>
        <message>
            <source>Open a link</source>
            <translation>បើកតំណ</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>បើក​ក្នុង​កម្មវិធី​រុករក</translation>
        </message>
        <message>
            <source>Open this link?</source>
            <translation>បើកតំណនេះ?</translation>
        </message>
        <message>
            <source>PGP key fingerprint:</source>
            <translation>ស្នាម​ម្រាម​ដៃ​សោ PGP៖</translation>
        </message>
        <message>
            <source>QR code of the address</source>
            <translation>កូដ QR នៃ​អាសយដ្ឋាន</translation>
        </message>
        <message>
            <source>Scan with your phone's camera to open the same address on the phone.</source>
            <translation>ស្កេន​ដោយ​កាមេរ៉ា​ទូរស័ព្ទ​របស់​អ្នក ដើម្បី​បើក​អាសយដ្ឋាន​ដដែល​នៅលើ​ទូរស័ព្ទ។</translation>
        </message>
        <message>
            <source>The browser did not open</source>
            <translation>កម្មវិធី​រុករក​មិន​បាន​បើក​ទេ</translation>
        </message>
        <message>
            <source>The link was:</source>
            <translation>តំណនោះគឺ៖</translation>
        </message>
        <message>
            <source>This exact address is not one that the guide lists, so Karpear does not open it. The text may have been changed.</source>
            <translation>អាសយដ្ឋាន​នេះ​មិន​មែន​ជា​អាសយដ្ឋាន​ដែល​មគ្គុទ្ទេសក៍​បាន​កំណត់​ទេ ដូច្នេះ Karpear មិន​បើក​វា​ទេ។ អត្ថបទ​នេះ​អាច​ត្រូវ​បាន​គេ​កែប្រែ។</translation>
        </message>
        <message>
            <source>This link was not opened</source>
            <translation>តំណ​នេះ​មិន​ត្រូវបាន​បើក​ទេ</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>គេហទំព័រ៖</translation>
        </message>
        <message>
            <source>Website: %1</source>
            <translation>គេហទំព័រ៖ %1</translation>
        </message>
    </context>
    <context>
        <name>LocalGuides</name>
        <message>
            <source>A local guide (not from Karpear) has problems and was not loaded. The other guides work normally.</source>
            <translation>មគ្គុទ្ទេសក៍​បន្ថែម​មួយ (មិន​មែន​មក​ពី Karpear) មាន​បញ្ហា ហើយ​មិន​ត្រូវ​បាន​ផ្ទុក​ទេ។ មគ្គុទ្ទេសក៍​ផ្សេង​ទៀត​ដំណើរការ​ធម្មតា។</translation>
        </message>
        <message>
            <source>Local guide</source>
            <translation>មគ្គុទ្ទេសក៍​បន្ថែម</translation>
        </message>
        <message>
            <source>Not from Karpear: someone added this guide on this computer. Karpear has not reviewed it.</source>
            <translation>មិន​មែន​មក​ពី Karpear ទេ៖ មាន​នរណា​ម្នាក់​បាន​បន្ថែម​មគ្គុទ្ទេសក៍​នេះ​នៅ​លើ​កុំព្យូទ័រ​នេះ។ Karpear មិន​បាន​ពិនិត្យ​វា​ទេ។</translation>
        </message>
        <message>
            <source>Open this link from a local guide? Karpear has not reviewed where it leads.</source>
            <translation>បើក​តំណ​នេះ​ពី​មគ្គុទ្ទេសក៍​បន្ថែម? Karpear មិន​បាន​ពិនិត្យ​ថា​វា​នាំ​ទៅ​ណា​ទេ។</translation>
        </message>
        <message>
            <source>The local guide “%1” in %2 was not loaded: a guide with the same id is already loaded (Karpear's own guide, or a local guide found before it), and that one is shown. A local guide never replaces one of Karpear's guides or its links.</source>
            <translation>មគ្គុទ្ទេសក៍​បន្ថែម “%1” ក្នុង %2 មិន​ត្រូវ​បាន​ផ្ទុក​ទេ៖ មគ្គុទ្ទេសក៍​ដែល​មាន​លេខ​សម្គាល់​ដូច​គ្នា​ត្រូវ​បាន​ផ្ទុក​រួច​ហើយ (មគ្គុទ្ទេសក៍​របស់ Karpear ឬ​មគ្គុទ្ទេសក៍​បន្ថែម​ដែល​រក​ឃើញ​មុន) ហើយ​វា​ត្រូវ​បាន​បង្ហាញ។ មគ្គុទ្ទេសក៍​បន្ថែម​មិន​ដែល​ជំនួស​មគ្គុទ្ទេសក៍​របស់ Karpear ឬ​តំណ​របស់​វា​ឡើយ។</translation>
        </message>
        <message>
            <source>This guide does not come from Karpear: someone added it on this computer, and nobody at Karpear has reviewed its advice. Its links are checked by the same rules as Karpear's own.</source>
            <translation>មគ្គុទ្ទេសក៍​នេះ​មិន​មែន​មក​ពី Karpear ទេ៖ មាន​នរណា​ម្នាក់​បាន​បន្ថែម​វា​នៅ​លើ​កុំព្យូទ័រ​នេះ ហើយ​គ្មាន​នរណា​ម្នាក់​នៅ Karpear បាន​ពិនិត្យ​ដំបូន្មាន​របស់​វា​ទេ។ តំណ​របស់​វា​ត្រូវ​បាន​ពិនិត្យ​តាម​ច្បាប់​ដូច​គ្នា​នឹង​តំណ​របស់ Karpear ដែរ។</translation>
        </message>
        <message>
            <source>…and %1 more. “karpear check FOLDER” lists them all.</source>
            <translation>…និង %1 ទៀត។ “karpear check FOLDER” បង្ហាញ​វា​ទាំង​អស់។</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 above, %2 below</source>
            <translation>%1 ខាង​លើ, %2 ខាង​ក្រោម</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ទៅ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ជំនួយ</translation>
        </message>
        <message>
            <source>&amp;Karpear</source>
            <translation>Karpear</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>ចាកចេញ</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>ទិដ្ឋភាព</translation>
        </message>
        <message>
            <source>About Karpear</source>
            <translation>អំពី Karpear</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>ឧបករណ៍​ទាំងអស់</translation>
        </message>
        <message>
            <source>All your data was erased from this computer. Removed: %1.</source>
            <translation>ទិន្នន័យ​របស់​អ្នក​ទាំងអស់​ត្រូវ​បាន​លុប​ចេញ​ពី​កុំព្យូទ័រ​នេះ។ បាន​លុប៖ %1។</translation>
        </message>
        <message>
            <source>Check an installer…</source>
            <translation>ពិនិត្យ​ឯកសារ​ដំឡើង…</translation>
        </message>
        <message>
            <source>Checklists to protect your phone calls and messages from surveillance. Karpear never connects to the internet: links open in your browser only when you confirm. Your progress stays on this computer.</source>
            <translation>បញ្ជី​ត្រួតពិនិត្យ ដើម្បី​ការពារ​ការ​ហៅទូរស័ព្ទ និង​សារ​របស់​អ្នក​ពី​ការឃ្លាំមើល។ Karpear មិន​ដែល​ភ្ជាប់​អ៊ីនធឺណិត​ទេ៖ តំណ​បើក​ក្នុង​កម្មវិធី​រុករក​របស់​អ្នក តែ​នៅ​ពេល​អ្នក​បញ្ជាក់​ប៉ុណ្ណោះ។ វឌ្ឍនភាព​របស់​អ្នក​នៅលើ​កុំព្យូទ័រ​នេះ។</translation>
        </message>
        <message>
            <source>Choose the installer to check</source>
            <translation>ជ្រើសរើស​ឯកសារ​ដំឡើង​ដែល​ត្រូវ​ពិនិត្យ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Erase all my data</source>
            <translation>លុប​ទិន្នន័យ​របស់​ខ្ញុំ​ទាំងអស់</translation>
        </message>
        <message>
            <source>Erase all my data…</source>
            <translation>លុប​ទិន្នន័យ​របស់​ខ្ញុំ​ទាំងអស់…</translation>
        </message>
        <message>
            <source>Erase all your data from this computer?</source>
            <translation>លុប​ទិន្នន័យ​របស់​អ្នក​ទាំងអស់​ចេញ​ពី​កុំព្យូទ័រ​នេះ?</translation>
        </message>
        <message>
            <source>Erase everything</source>
            <translation>លុបទាំងអស់</translation>
        </message>
        <message>
            <source>Group session…</source>
            <translation>វគ្គ​ក្រុម…</translation>
        </message>
        <message>
            <source>It could not be moved aside, so it is kept unchanged, and your changes will not be saved until it is moved or removed.</source>
            <translation>មិន​អាច​ផ្លាស់ទី​វា​ចេញ​បាន​ទេ ដូច្នេះ​វា​ត្រូវបាន​រក្សាទុក​ដដែល ហើយ​ការផ្លាស់ប្ដូរ​របស់​អ្នក​នឹង​មិន​ត្រូវបាន​រក្សាទុក​ទេ រហូតដល់​វា​ត្រូវបាន​ផ្លាស់ទី​ឬ​លុប​ចេញ។</translation>
        </message>
        <message>
            <source>Karpear %1</source>
            <translation>Karpear %1</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>អក្សរ​ធំ​ជាង​នេះ</translation>
        </message>
        <message>
            <source>Next guide</source>
            <translation>មគ្គុទ្ទេសក៍​បន្ទាប់</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>ជំហាន​បន្ទាប់</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>ទំហំ​អក្សរ​ធម្មតា</translation>
        </message>
        <message>
            <source>Nothing is saved yet. This computer has no system keyring, so Karpear will ask you to choose a passphrase the first time it saves.</source>
            <translation>មិន​ទាន់​មាន​អ្វី​ត្រូវ​បាន​រក្សាទុក​នៅ​ឡើយ។ កុំព្យូទ័រ​នេះ​គ្មាន​ឃ្លាំង​សោ​របស់​ប្រព័ន្ធ​ទេ ដូច្នេះ Karpear នឹង​សុំ​ឱ្យ​អ្នក​ជ្រើសរើស​ឃ្លា​សម្ងាត់​មួយ នៅ​ពេល​វា​រក្សាទុក​លើក​ដំបូង។</translation>
        </message>
        <message>
            <source>Nothing is saved yet. What you save will be encrypted, with its key in the system keyring (%1).</source>
            <translation>មិន​ទាន់​មាន​អ្វី​ត្រូវ​បាន​រក្សាទុក​នៅ​ឡើយ។ អ្វី​ដែល​អ្នក​រក្សាទុក​នឹង​ត្រូវ​បាន​អ៊ិនគ្រីប ដោយ​ទុក​សោ​របស់​វា​នៅ​ក្នុង​ឃ្លាំង​សោ​របស់​ប្រព័ន្ធ (%1)។</translation>
        </message>
        <message>
            <source>Present in two languages</source>
            <translation>បង្ហាញ​ជា​ពីរ​ភាសា</translation>
        </message>
        <message>
            <source>Present on screen</source>
            <translation>បង្ហាញ​លើ​អេក្រង់</translation>
        </message>
        <message>
            <source>Present to a room</source>
            <translation>បង្ហាញ​ដល់​ក្រុម</translation>
        </message>
        <message>
            <source>Previous guide</source>
            <translation>មគ្គុទ្ទេសក៍​មុន</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>ជំហានមុន</translation>
        </message>
        <message>
            <source>Print a handout…</source>
            <translation>បោះពុម្ព​ឯកសារ​ចែកជូន…</translation>
        </message>
        <message>
            <source>Show steps for</source>
            <translation>បង្ហាញ​ជំហាន​សម្រាប់</translation>
        </message>
        <message>
            <source>Show steps for:</source>
            <translation>បង្ហាញ​ជំហាន​សម្រាប់៖</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>អក្សរ​តូច​ជាង​នេះ</translation>
        </message>
        <message>
            <source>Some data could not be erased: %1</source>
            <translation>ទិន្នន័យ​មួយចំនួន​មិន​អាច​លុប​បាន​ទេ៖ %1</translation>
        </message>
        <message>
            <source>Some guide content is damaged and was left out; the rest works normally. Problems found: %1. A trainer can run “karpear check” to see them.</source>
            <translation>ខ្លឹមសារ​មគ្គុទ្ទេសក៍​មួយចំនួន​ខូច ហើយ​ត្រូវបាន​ដក​ចេញ។ ផ្នែក​ផ្សេង​ទៀត​ដំណើរការធម្មតា។ ចំនួនបញ្ហា៖ %1។ គ្រូ​បង្គោល​អាច​ដំណើរការ “karpear check” ដើម្បី​មើល​បញ្ហា​ទាំងនោះ។</translation>
        </message>
        <message>
            <source>The damaged file was kept as: %1</source>
            <translation>ឯកសារ​ដែល​ខូច​ត្រូវបាន​រក្សាទុក​ជា៖ %1</translation>
        </message>
        <message>
            <source>The file was kept as: %1</source>
            <translation>ឯកសារ​ត្រូវ​បាន​រក្សាទុក​ជា៖ %1</translation>
        </message>
        <message>
            <source>The file was moved aside to: %1</source>
            <translation>ឯកសារ​ត្រូវបាន​ផ្លាស់ទី​ចេញ​ទៅ៖​%1</translation>
        </message>
        <message>
            <source>The file was moved aside, unchanged, to: %1</source>
            <translation>ឯកសារ​ត្រូវបាន​ផ្លាស់ទី​ចេញ​ដោយ​មិន​កែប្រែ​ទៅ៖​%1</translation>
        </message>
        <message>
            <source>The key that protected your saved progress is no longer in this computer's keyring (it may have been removed), so your progress cannot be read. The checklist starts empty.</source>
            <translation>សោ​ដែល​ការពារ​វឌ្ឍនភាព​របស់​អ្នក​លែង​មាន​នៅ​ក្នុង​ឃ្លាំង​សោ​នៃ​កុំព្យូទ័រ​នេះ​ទៀត​ហើយ (ប្រហែល​ជា​ត្រូវ​បាន​លុប) ដូច្នេះ​មិន​អាច​អាន​វឌ្ឍនភាព​របស់​អ្នក​បាន​ទេ។ បញ្ជី​ចាប់ផ្ដើម​ទទេ។</translation>
        </message>
        <message>
            <source>The key that protected your settings is no longer in this computer's keyring, so the defaults are used.</source>
            <translation>សោ​ដែល​ការពារ​ការកំណត់​របស់​អ្នក​លែង​មាន​នៅ​ក្នុង​ឃ្លាំង​សោ​នៃ​កុំព្យូទ័រ​នេះ​ទៀត​ហើយ ដូច្នេះ​ការកំណត់​លំនាំដើម​ត្រូវ​បាន​ប្រើ។</translation>
        </message>
        <message>
            <source>There was no saved data to erase.</source>
            <translation>គ្មាន​ទិន្នន័យ​ដែល​បាន​រក្សាទុក​សម្រាប់​លុប​ទេ។</translation>
        </message>
        <message>
            <source>This removes your progress and settings from this computer. The guides stay. This cannot be undone.</source>
            <translation>ការ​នេះ​លុប​វឌ្ឍនភាព និង​ការកំណត់​របស់​អ្នក​ចេញ​ពី​កុំព្យូទ័រ​នេះ។ មគ្គុទ្ទេសក៍​នៅ​ដដែល។ មិន​អាច​ត្រឡប់​វិញ​បាន​ទេ។</translation>
        </message>
        <message>
            <source>Your changes will not be saved in this session.</source>
            <translation>ការ​ផ្លាស់ប្ដូរ​របស់​អ្នក​នឹង​មិន​ត្រូវ​បាន​រក្សាទុក​ក្នុង​វគ្គ​នេះ​ទេ។</translation>
        </message>
        <message>
            <source>Your last change could not be saved because of an unexpected error. Try again; if it keeps failing, restart Karpear.</source>
            <translation>មិន​អាច​រក្សាទុក​ការផ្លាស់ប្ដូរ​ចុងក្រោយ​របស់​អ្នក​បាន​ទេ​ដោយសារ​កំហុស​ដែល​មិន​បាន​រំពឹង​ទុក។ សូម​ព្យាយាម​ម្ដង​ទៀត ប្រសិនបើ​នៅតែ​បរាជ័យ សូម​បើក Karpear ឡើងវិញ។</translation>
        </message>
        <message>
            <source>Your last change could not be saved: the disk is full. Free some space, then try again.</source>
            <translation>មិន​អាច​រក្សាទុក​ការផ្លាស់ប្ដូរ​ចុងក្រោយ​របស់​អ្នក​បាន​ទេ៖ ថាស​ពេញ។ សូម​ធ្វើ​ឲ្យ​មាន​ទំហំ​ទំនេរ​ខ្លះ រួច​ព្យាយាម​ម្ដង​ទៀត។</translation>
        </message>
        <message>
            <source>Your last change could not be saved: the disk or folder where Karpear keeps your data is read-only (%1). Run Karpear where it can write, for example not from a locked USB stick.</source>
            <translation>មិន​អាច​រក្សាទុក​ការផ្លាស់ប្ដូរ​ចុងក្រោយ​របស់​អ្នក​បាន​ទេ៖ ថាស​ឬ​ថត​ដែល Karpear រក្សាទុក​ទិន្នន័យ​របស់​អ្នក​អាច​តែ​អាន​បាន​ប៉ុណ្ណោះ (%1)។ សូម​ដំណើរការ Karpear នៅ​កន្លែង​ដែល​វា​អាច​សរសេរ​បាន ឧទាហរណ៍​មិន​មែន​ពី USB ដែល​ជាប់​សោ​ទេ។</translation>
        </message>
        <message>
            <source>Your last change could not be saved: the system refused access to Karpear's data folder (%1). Check that this folder belongs to your user account.</source>
            <translation>មិន​អាច​រក្សាទុក​ការផ្លាស់ប្ដូរ​ចុងក្រោយ​របស់​អ្នក​បាន​ទេ៖ ប្រព័ន្ធ​បាន​បដិសេធ​មិន​ឲ្យ​ចូល​ថត​ទិន្នន័យ​របស់ Karpear (%1)។ សូម​ពិនិត្យ​ថា​ថត​នេះ​ជា​របស់​គណនី​អ្នកប្រើ​របស់​អ្នក។</translation>
        </message>
        <message>
            <source>Your last change was not saved: Karpear saves only encrypted, and no passphrase was chosen (or your saved data is locked). Nothing was written in clear.</source>
            <translation>ការ​ផ្លាស់ប្ដូរ​ចុងក្រោយ​របស់​អ្នក​មិន​ត្រូវ​បាន​រក្សាទុក​ទេ៖ Karpear រក្សាទុក​តែ​ទិន្នន័យ​ដែល​បាន​អ៊ិនគ្រីប​ប៉ុណ្ណោះ ហើយ​គ្មាន​ឃ្លា​សម្ងាត់​ត្រូវ​បាន​ជ្រើសរើស (ឬ​ទិន្នន័យ​ដែល​បាន​រក្សាទុក​ត្រូវ​បាន​ចាក់​សោ)។ គ្មាន​អ្វី​ត្រូវ​បាន​សរសេរ​ជា​អក្សរ​ធម្មតា​ទេ។</translation>
        </message>
        <message>
            <source>Your progress and settings are encrypted on this computer with your passphrase.</source>
            <translation>វឌ្ឍនភាព​និង​ការកំណត់​របស់​អ្នក​ត្រូវ​បាន​អ៊ិនគ្រីប​នៅ​លើ​កុំព្យូទ័រ​នេះ ដោយ​ឃ្លា​សម្ងាត់​របស់​អ្នក។</translation>
        </message>
        <message>
            <source>Your progress and settings are encrypted on this computer. The key is kept in the system keyring (%1).</source>
            <translation>វឌ្ឍនភាព​និង​ការកំណត់​របស់​អ្នក​ត្រូវ​បាន​អ៊ិនគ្រីប​នៅ​លើ​កុំព្យូទ័រ​នេះ។ សោ​ត្រូវ​បាន​រក្សាទុក​នៅ​ក្នុង​ឃ្លាំង​សោ​របស់​ប្រព័ន្ធ (%1)។</translation>
        </message>
        <message>
            <source>Your progress and settings are encrypted with a key that is never saved.</source>
            <translation>វឌ្ឍនភាព​និង​ការកំណត់​របស់​អ្នក​ត្រូវ​បាន​អ៊ិនគ្រីប ដោយ​សោ​ដែល​មិន​ដែល​ត្រូវ​បាន​រក្សាទុក។</translation>
        </message>
        <message>
            <source>Your progress file was changed by another program and could no longer be read. It was moved aside to %1, and the checklist as this window shows it was saved in its place.</source>
            <translation>ឯកសារ​វឌ្ឍនភាព​របស់​អ្នក​ត្រូវបាន​កែប្រែ​ដោយ​កម្មវិធី​ផ្សេង​ហើយ​មិន​អាច​អាន​បាន​ទៀត​ទេ។ វា​ត្រូវបាន​ផ្លាស់ទី​ចេញ​ទៅ %1 ហើយ​បញ្ជី​ដូច​ដែល​បង្អួច​នេះ​បង្ហាញ​ត្រូវបាន​រក្សាទុក​ជំនួស​វិញ។</translation>
        </message>
        <message>
            <source>Your progress was saved by a newer version of Karpear, which this version cannot read, so the checklist starts empty.</source>
            <translation>វឌ្ឍនភាព​របស់​អ្នក​ត្រូវបាន​រក្សាទុក​ដោយ​កំណែ Karpear ថ្មីជាង​ដែល​កំណែ​នេះ​មិន​អាច​អាន​បាន​ទេ ដូច្នេះ​បញ្ជី​ចាប់ផ្ដើម​ទទេ។</translation>
        </message>
        <message>
            <source>Your saved data is encrypted and could not be unlocked in this session.</source>
            <translation>ទិន្នន័យ​ដែល​បាន​រក្សាទុក​របស់​អ្នក​ត្រូវ​បាន​អ៊ិនគ្រីប ហើយ​មិន​អាច​ដោះ​សោ​បាន​ក្នុង​វគ្គ​នេះ​ទេ។</translation>
        </message>
        <message>
            <source>Your saved progress could not be read (the system refused access), so the checklist starts empty.</source>
            <translation>មិន​អាច​អាន​វឌ្ឍនភាព​ដែល​បាន​រក្សាទុក​បាន​ទេ (ប្រព័ន្ធ​បដិសេធ​ការចូល​ប្រើ) ដូច្នេះ​បញ្ជី​ចាប់ផ្ដើម​ទទេ។</translation>
        </message>
        <message>
            <source>Your saved progress is encrypted and could not be unlocked (the system keyring is not available, or no passphrase was given). It is kept unchanged.</source>
            <translation>វឌ្ឍនភាព​ដែល​បាន​រក្សាទុក​ត្រូវ​បាន​អ៊ិនគ្រីប ហើយ​មិន​អាច​ដោះ​សោ​បាន​ទេ (ឃ្លាំង​សោ​របស់​ប្រព័ន្ធ​មិន​អាច​ប្រើ​បាន ឬ​គ្មាន​ឃ្លា​សម្ងាត់​ត្រូវ​បាន​ផ្ដល់)។ វា​ត្រូវ​បាន​រក្សាទុក​ដដែល ដោយ​គ្មាន​ការ​ផ្លាស់ប្ដូរ។</translation>
        </message>
        <message>
            <source>Your saved progress is locked with another key or passphrase than this computer's, so it cannot be read. The checklist starts empty.</source>
            <translation>វឌ្ឍនភាព​ដែល​បាន​រក្សាទុក​ត្រូវ​បាន​ចាក់​សោ​ដោយ​សោ ឬ​ឃ្លា​សម្ងាត់​ផ្សេង​ពី​របស់​កុំព្យូទ័រ​នេះ ដូច្នេះ​មិន​អាច​អាន​បាន​ទេ។ បញ្ជី​ចាប់ផ្ដើម​ទទេ។</translation>
        </message>
        <message>
            <source>Your saved progress was damaged and could not be read, so the checklist starts empty.</source>
            <translation>វឌ្ឍនភាព​ដែល​បាន​រក្សាទុក​បាន​ខូច ហើយ​មិន​អាច​អាន​បាន​ទេ ដូច្នេះ​បញ្ជី​ចាប់ផ្ដើម​ទទេ។</translation>
        </message>
        <message>
            <source>Your settings are encrypted and could not be unlocked, so the defaults are used. They are kept unchanged.</source>
            <translation>ការកំណត់​របស់​អ្នក​ត្រូវ​បាន​អ៊ិនគ្រីប ហើយ​មិន​អាច​ដោះ​សោ​បាន​ទេ ដូច្នេះ​ការកំណត់​លំនាំដើម​ត្រូវ​បាន​ប្រើ។ វា​ត្រូវ​បាន​រក្សាទុក​ដដែល។</translation>
        </message>
        <message>
            <source>Your settings are locked with another key or passphrase than this computer's, so the defaults are used.</source>
            <translation>ការកំណត់​របស់​អ្នក​ត្រូវ​បាន​ចាក់​សោ​ដោយ​សោ ឬ​ឃ្លា​សម្ងាត់​ផ្សេង​ពី​របស់​កុំព្យូទ័រ​នេះ ដូច្នេះ​ការកំណត់​លំនាំដើម​ត្រូវ​បាន​ប្រើ។</translation>
        </message>
        <message>
            <source>Your settings could not be read (the system refused access), so the defaults are used.</source>
            <translation>មិន​អាច​អាន​ការ​កំណត់​របស់​អ្នក​បាន​ទេ (ប្រព័ន្ធ​បដិសេធ​ការចូល​ប្រើ) ដូច្នេះ​ប្រើ​ការ​កំណត់​លំនាំ​ដើម។</translation>
        </message>
        <message>
            <source>Your settings were damaged and could not be read, so the defaults are used.</source>
            <translation>ការកំណត់​របស់​អ្នក​បាន​ខូច ហើយ​មិន​អាច​អាន​បាន​ទេ ដូច្នេះ​ប្រើ​ការ​កំណត់​លំនាំ​ដើម។</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of Karpear, which this version cannot read, so the defaults are used.</source>
            <translation>ការកំណត់​របស់​អ្នក​ត្រូវបាន​រក្សាទុក​ដោយ​កំណែ Karpear ថ្មីជាង​ដែល​កំណែ​នេះ​មិន​អាច​អាន​បាន​ទេ ដូច្នេះ​ប្រើ​ការ​កំណត់​លំនាំ​ដើម។</translation>
        </message>
        <message>
            <source>the key in the system keyring</source>
            <translation>សោ​នៅ​ក្នុង​ឃ្លាំង​សោ​របស់​ប្រព័ន្ធ</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Choose a passphrase</source>
            <translation>ជ្រើសរើស​ឃ្លា​សម្ងាត់​មួយ</translation>
        </message>
        <message>
            <source>Forgot it? Start again</source>
            <translation>ភ្លេច​ឬ? ចាប់ផ្ដើម​ម្ដង​ទៀត</translation>
        </message>
        <message>
            <source>If you forgot it, you can start again: your old progress is kept aside, still encrypted, and Karpear starts with an empty checklist.</source>
            <translation>បើ​អ្នក​ភ្លេច​វា អ្នក​អាច​ចាប់ផ្ដើម​ម្ដង​ទៀត​បាន៖ វឌ្ឍនភាព​ចាស់​របស់​អ្នក​ត្រូវ​បាន​ទុក​ដាច់​ដោយ​ឡែក ដោយ​នៅ​តែ​អ៊ិនគ្រីប ហើយ Karpear ចាប់ផ្ដើម​ជា​មួយ​បញ្ជី​ទទេ។</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>ឃ្លា​សម្ងាត់៖</translation>
        </message>
        <message>
            <source>Protect my data</source>
            <translation>ការពារ​ទិន្នន័យ​របស់​ខ្ញុំ</translation>
        </message>
        <message>
            <source>Protect your data</source>
            <translation>ការពារ​ទិន្នន័យ​របស់​អ្នក</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>ចាកចេញ</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>ឃ្លា​សម្ងាត់​ត្រូវ​មាន​យ៉ាង​ហោច​ណាស់ %1 តួ​អក្សរ។</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>ឃ្លា​សម្ងាត់​ទាំង​ពីរ​មិន​ដូច​គ្នា​ទេ។</translation>
        </message>
        <message>
            <source>This computer has no system keyring to keep Karpear's key, so your progress will be encrypted with a passphrase you choose. You will type it each time Karpear starts. If you forget it, your saved progress cannot be recovered.</source>
            <translation>កុំព្យូទ័រ​នេះ​គ្មាន​ឃ្លាំង​សោ​របស់​ប្រព័ន្ធ​សម្រាប់​រក្សាទុក​សោ​របស់ Karpear ទេ ដូច្នេះ​វឌ្ឍនភាព​របស់​អ្នក​នឹង​ត្រូវ​បាន​អ៊ិនគ្រីប ដោយ​ឃ្លា​សម្ងាត់​ដែល​អ្នក​ជ្រើសរើស។ អ្នក​នឹង​វាយ​វា​រាល់​ពេល Karpear ចាប់ផ្ដើម។ បើ​អ្នក​ភ្លេច​វា វឌ្ឍនភាព​ដែល​បាន​រក្សាទុក​មិន​អាច​យក​មក​វិញ​បាន​ទេ។</translation>
        </message>
        <message>
            <source>This is not the right passphrase. Nothing was changed; try again.</source>
            <translation>នេះ​មិន​មែន​ជា​ឃ្លា​សម្ងាត់​ត្រឹមត្រូវ​ទេ។ គ្មាន​អ្វី​ត្រូវ​បាន​ផ្លាស់ប្ដូរ​ទេ សូម​ព្យាយាម​ម្ដង​ទៀត។</translation>
        </message>
        <message>
            <source>Type it again:</source>
            <translation>វាយ​វា​ម្ដង​ទៀត៖</translation>
        </message>
        <message>
            <source>Type your passphrase</source>
            <translation>វាយ​ឃ្លា​សម្ងាត់​របស់​អ្នក</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>ដោះ​សោ</translation>
        </message>
        <message>
            <source>Unlock your data</source>
            <translation>ដោះ​សោ​ទិន្នន័យ​របស់​អ្នក</translation>
        </message>
        <message>
            <source>Your old progress could not be moved aside, so Karpear cannot start again here.</source>
            <translation>វឌ្ឍនភាព​ចាស់​របស់​អ្នក​មិន​អាច​ទុក​ដាច់​ដោយ​ឡែក​បាន​ទេ ដូច្នេះ Karpear មិន​អាច​ចាប់ផ្ដើម​ម្ដង​ទៀត​នៅ​ទីនេះ​បាន​ទេ។</translation>
        </message>
        <message>
            <source>Your progress on this computer is encrypted with your passphrase.</source>
            <translation>វឌ្ឍនភាព​របស់​អ្នក​នៅ​លើ​កុំព្យូទ័រ​នេះ​ត្រូវ​បាន​អ៊ិនគ្រីប ដោយ​ឃ្លា​សម្ងាត់​របស់​អ្នក។</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>No steps for this device.</source>
            <translation>គ្មាន​ជំហាន​សម្រាប់​ឧបករណ៍​នេះ​ទេ។</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>ជំហាន​ទី %1 ក្នុង​ចំណោម %2</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>No display found: Karpear needs a desktop session (DISPLAY and WAYLAND_DISPLAY are not set).</source>
            <translation>រក​មិន​ឃើញ​អេក្រង់​ទេ៖ Karpear ត្រូវ​ការ​វគ្គ​ផ្ទៃ​តុ (DISPLAY និង WAYLAND_DISPLAY មិន​ត្រូវ​បាន​កំណត់)។</translation>
        </message>
    </context>
    <context>
        <name>StepCard</name>
        <message>
            <source>Done</source>
            <translation>រួចរាល់</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>យល់ហើយ</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>មិន​ទាន់​ធ្វើ</translation>
        </message>
        <message>
            <source>Only %1</source>
            <translation>តែ %1</translation>
        </message>
        <message>
            <source>Tools for this step</source>
            <translation>កម្មវិធី​សម្រាប់​ជំហាន​នេះ</translation>
        </message>
        <message>
            <source>Updated since you checked it: please read it again.</source>
            <translation>បាន​ធ្វើ​បច្ចុប្បន្នភាព​តាំងពី​អ្នក​បាន​ធីក៖ សូម​អាន​ម្ដង​ទៀត។</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>Not yet translated: shown in English</source>
            <translation>មិន​ទាន់​បកប្រែ៖ បង្ហាញ​ជា​ភាសា​អង់គ្លេស</translation>
        </message>
        <message>
            <source>Outdated translation</source>
            <translation>ការបកប្រែ​ត្រូវ​ធ្វើ​បច្ចុប្បន្នភាព</translation>
        </message>
        <message>
            <source>The English text has changed since this was translated: it may say less.</source>
            <translation>អត្ថបទ​ភាសា​អង់គ្លេស​បាន​ផ្លាស់ប្ដូរ ក្រោយ​ពេល​បកប្រែ​នេះ៖ ការបកប្រែ​អាច​ខ្វះ​ព័ត៌មាន​ខ្លះ។</translation>
        </message>
        <message>
            <source>Translators have not translated this text yet.</source>
            <translation>អ្នកបកប្រែ​មិន​ទាន់​បាន​បកប្រែ​អត្ថបទ​នេះ​នៅឡើយ​ទេ។</translation>
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
            <translation>%1៖ %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Check an installer of %1</source>
            <translation>ពិនិត្យ​ឯកសារ​ដំឡើង​របស់ %1</translation>
        </message>
        <message>
            <source>Check an installer…</source>
            <translation>ពិនិត្យ​ឯកសារ​ដំឡើង…</translation>
        </message>
        <message>
            <source>Described above, under “%1”.</source>
            <translation>បាន​ពិពណ៌នា​ពេញលេញ​ខាងលើ ក្នុង​ជំហាន “%1”។</translation>
        </message>
        <message>
            <source>No official download is known: beware of look-alike apps.</source>
            <translation>មិន​មាន​តំណទាញយក​ផ្លូវការ​ទេ៖ សូម​ប្រយ័ត្ន​កម្មវិធី​ក្លែងក្លាយ​ដែល​មើល​ទៅ​ដូចគ្នា។</translation>
        </message>
        <message>
            <source>Not available for %1.</source>
            <translation>មិន​មាន​សម្រាប់ %1 ទេ។</translation>
        </message>
        <message>
            <source>Official website</source>
            <translation>គេហទំព័រ​ផ្លូវការ</translation>
        </message>
        <message>
            <source>Official website of %1</source>
            <translation>គេហទំព័រ​ផ្លូវការ​របស់ %1</translation>
        </message>
        <message>
            <source>Open source</source>
            <translation>កូដ​ប្រភព​បើក​ចំហ</translation>
        </message>
        <message>
            <source>Safer choice: %1</source>
            <translation>ជម្រើស​មាន​សុវត្ថិភាព​ជាង៖ %1</translation>
        </message>
        <message>
            <source>Use instead: %1</source>
            <translation>សូម​ប្រើ​ជំនួស​វិញ៖ %1</translation>
        </message>
    </context>
    <context>
        <name>TranslatePreview</name>
        <message>
            <source>%1 texts: %2 missing, %3 outdated, %4 same as the English.</source>
            <translation>អត្ថបទ %1៖ ខ្វះ %2 ហួសសម័យ %3 ដូច​អង់គ្លេស %4។</translation>
        </message>
        <message>
            <source>English</source>
            <translation>អង់គ្លេស</translation>
        </message>
        <message>
            <source>Missing: the English is shown</source>
            <translation>ខ្វះ៖ បង្ហាញ​អត្ថបទ​អង់គ្លេស</translation>
        </message>
        <message>
            <source>Not reviewed yet: a second native speaker should read this language.</source>
            <translation>មិន​ទាន់​ត្រូវ​បាន​ពិនិត្យ​ទេ៖ អ្នក​និយាយ​ភាសា​កំណើត​ម្នាក់​ទៀត​គួរ​អាន​ភាសា​នេះ។</translation>
        </message>
        <message>
            <source>Outdated: the English changed</source>
            <translation>ហួសសម័យ៖ អត្ថបទ​អង់គ្លេស​បាន​ផ្លាស់ប្ដូរ</translation>
        </message>
        <message>
            <source>Problems (%1), as “karpear check” reports them:</source>
            <translation>បញ្ហា (%1) ដូច​ដែល «karpear check» រាយការណ៍៖</translation>
        </message>
        <message>
            <source>Record that this translation says what the English says now</source>
            <translation>កត់ត្រា​ថា ការបកប្រែ​នេះ​និយាយ​ដូច​អត្ថបទ​អង់គ្លេស​បច្ចុប្បន្ន</translation>
        </message>
        <message>
            <source>Same as the English</source>
            <translation>ដូច​អត្ថបទ​អង់គ្លេស</translation>
        </message>
        <message>
            <source>Still right: confirm</source>
            <translation>នៅតែ​ត្រឹមត្រូវ៖ បញ្ជាក់</translation>
        </message>
        <message>
            <source>Tool texts</source>
            <translation>អត្ថបទ​អំពី​កម្មវិធី</translation>
        </message>
        <message>
            <source>Translation preview: %1 (%2)</source>
            <translation>មើល​ការបកប្រែ​ជាមុន៖ %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>VerifyPanel</name>
        <message>
            <source>App ID:</source>
            <translation>លេខ​សម្គាល់​កម្មវិធី៖</translation>
        </message>
        <message>
            <source>Check an installer</source>
            <translation>ពិនិត្យ​ឯកសារ​ដំឡើង</translation>
        </message>
        <message>
            <source>Check another file…</source>
            <translation>ពិនិត្យ​ឯកសារ​ផ្សេង​ទៀត…</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>កំពុង​ពិនិត្យ %1…</translation>
        </message>
        <message>
            <source>Compare the SHA-256 below with the one on the vendor's official site, or install from the official store. If in doubt, do not install it.</source>
            <translation>សូម​ប្រៀបធៀប SHA-256 ខាងក្រោម​ជាមួយ​លេខ​នៅលើ​គេហទំព័រ​ផ្លូវការ​របស់​អ្នកផលិត ឬ​ដំឡើង​ពី​ហាង​កម្មវិធី​ផ្លូវការ។ បើសង្ស័យ កុំដំឡើងវា។</translation>
        </message>
        <message>
            <source>Delete it. Download the app again, only from the official link in Karpear.</source>
            <translation>សូម​លុប​វា​ចោល។ ទាញយក​កម្មវិធី​ម្តង​ទៀត ពី​តំណ​ផ្លូវការ​ក្នុង Karpear តែប៉ុណ្ណោះ។</translation>
        </message>
        <message>
            <source>Download it again from the official link, then check it again.</source>
            <translation>សូម​ទាញយក​វា​ម្តង​ទៀត​ពី​តំណ​ផ្លូវការ រួច​ពិនិត្យ​វា​ម្តង​ទៀត។</translation>
        </message>
        <message>
            <source>Every signature in it holds, and every one is made with a key %1 publishes.</source>
            <translation>ហត្ថលេខា​ទាំងអស់​របស់​វា​ត្រឹមត្រូវ ហើយ​ត្រូវបាន​ចុះ​ដោយ​កូនសោ​ដែល %1 បាន​ផ្សព្វផ្សាយ។</translation>
        </message>
        <message>
            <source>Genuine installer of %1</source>
            <translation>ឯកសារ​ដំឡើង​ពិតប្រាកដ​របស់ %1</translation>
        </message>
        <message>
            <source>It carries no signature.</source>
            <translation>វា​គ្មាន​ហត្ថលេខា​ទេ។</translation>
        </message>
        <message>
            <source>It is not %1: it is the app %2.</source>
            <translation>វាមិនមែនជា %1 ទេ៖ វា​ជា​កម្មវិធី %2។</translation>
        </message>
        <message>
            <source>It is not the installer of a tool in Karpear's list.</source>
            <translation>វា​មិន​មែន​ជា​ឯកសារ​ដំឡើង​របស់​កម្មវិធី​ណាមួយ​ក្នុង​បញ្ជី​របស់ Karpear ទេ។</translation>
        </message>
        <message>
            <source>It is signed by %1, not by %2.</source>
            <translation>វា​ត្រូវបាន​ចុះហត្ថលេខា​ដោយ %1 មិនមែនដោយ %2 ទេ។</translation>
        </message>
        <message>
            <source>It is signed only with Android's oldest scheme, which Karpear cannot check completely.</source>
            <translation>វា​ត្រូវបាន​ចុះហត្ថលេខា​តែ​តាម​របៀប​ចាស់​បំផុត​របស់ Android ដែល Karpear មិន​អាច​ពិនិត្យ​បាន​ពេញលេញ។</translation>
        </message>
        <message>
            <source>It is signed with a key that %1 does not use: someone else made or changed it.</source>
            <translation>វា​ត្រូវបាន​ចុះហត្ថលេខា​ដោយ​កូនសោ​ដែល %1 មិនប្រើ៖ មាន​អ្នក​ផ្សេង​បាន​បង្កើត ឬកែប្រែវា។</translation>
        </message>
        <message>
            <source>It is signed with a method that Karpear cannot check.</source>
            <translation>វា​ត្រូវបាន​ចុះហត្ថលេខា​តាម​វិធី​ដែល Karpear មិន​អាច​ពិនិត្យ​បាន។</translation>
        </message>
        <message>
            <source>It was changed after it was signed: its signature does not match its contents.</source>
            <translation>វា​ត្រូវបាន​កែប្រែ​ក្រោយពេល​ចុះហត្ថលេខា៖ ហត្ថលេខា​របស់​វា​មិន​ត្រូវ​នឹង​ខ្លឹមសារ​របស់​វា​ទេ។</translation>
        </message>
        <message>
            <source>Its SHA-256 checksum is one that %1 publishes.</source>
            <translation>លេខ​ផ្ទៀងផ្ទាត់ SHA-256 របស់​វា​ដូច​នឹង​លេខ​ដែល %1 បាន​ផ្សព្វផ្សាយ។</translation>
        </message>
        <message>
            <source>Its signature carries the right name, but no trusted authority vouches for it: anyone can make such a signature.</source>
            <translation>ហត្ថលេខា​របស់​វា​មាន​ឈ្មោះ​ត្រឹមត្រូវ ប៉ុន្តែ​គ្មាន​អាជ្ញាធរ​ដែល​គួរ​ទុកចិត្ត​ធានា​ទេ៖ អ្នកណា​ក៏​អាច​បង្កើត​ហត្ថលេខា​បែប​នេះ​បាន។</translation>
        </message>
        <message>
            <source>Its signature holds and is vouched for as made by %1.</source>
            <translation>ហត្ថលេខា​របស់​វា​ត្រឹមត្រូវ ហើយ​ត្រូវបាន​ធានា​ថា​មកពី %1។</translation>
        </message>
        <message>
            <source>Karpear cannot tell whether this file is genuine</source>
            <translation>Karpear មិន​អាច​ប្រាប់​ថា​ឯកសារ​នេះ​ពិតប្រាកដ​ឬ​អត់​ទេ</translation>
        </message>
        <message>
            <source>Karpear's list has no fingerprint or checksum to compare this file with.</source>
            <translation>បញ្ជីរបស់ Karpear គ្មាន​ស្នាម​ម្រាម​ដៃ ឬ​លេខ​ផ្ទៀងផ្ទាត់​សម្រាប់​ប្រៀបធៀប​ជាមួយ​ឯកសារ​នេះ​ទេ។</translation>
        </message>
        <message>
            <source>Not genuine: do not install this file</source>
            <translation>មិន​ពិតប្រាកដ៖ កុំ​ដំឡើង​ឯកសារ​នេះ</translation>
        </message>
        <message>
            <source>SHA-256, in groups to read aloud:</source>
            <translation>SHA-256 ជាក្រុមៗ សម្រាប់​អាន​ឮៗ៖</translation>
        </message>
        <message>
            <source>Signed by:</source>
            <translation>ចុះហត្ថលេខា​ដោយ៖</translation>
        </message>
        <message>
            <source>Signing certificate (%1):</source>
            <translation>វិញ្ញាបនបត្រ​ចុះហត្ថលេខា (%1)៖</translation>
        </message>
        <message>
            <source>The file cannot be opened.</source>
            <translation>មិន​អាច​បើក​ឯកសារ​នេះ​បាន​ទេ។</translation>
        </message>
        <message>
            <source>The file changed while Karpear read it: perhaps it is still downloading.</source>
            <translation>ឯកសារ​បាន​ផ្លាស់ប្តូរ​ខណៈពេល Karpear កំពុងអានវា៖ ប្រហែលជា​វា​កំពុង​ទាញយក​នៅឡើយ។</translation>
        </message>
        <message>
            <source>The file is damaged, or it is not an installer.</source>
            <translation>ឯកសារ​នេះ​ខូច ឬ​វា​មិន​មែន​ជា​ឯកសារ​ដំឡើង​ទេ។</translation>
        </message>
        <message>
            <source>The file is too large to be checked.</source>
            <translation>ឯកសារ​នេះ​ធំ​ពេក​មិន​អាច​ពិនិត្យ​បាន​ទេ។</translation>
        </message>
        <message>
            <source>This file cannot be checked</source>
            <translation>មិន​អាច​ពិនិត្យ​ឯកសារ​នេះ​បាន​ទេ</translation>
        </message>
        <message>
            <source>You can install it.</source>
            <translation>អ្នក​អាច​ដំឡើង​វា​បាន។</translation>
        </message>
        <message>
            <source>listed by Karpear</source>
            <translation>មាន​ក្នុង​បញ្ជី​របស់ Karpear</translation>
        </message>
        <message>
            <source>listed by Karpear: %1</source>
            <translation>មាន​ក្នុង​បញ្ជី​របស់ Karpear៖ %1</translation>
        </message>
        <message>
            <source>not in Karpear's list</source>
            <translation>មិន​មាន​ក្នុង​បញ្ជី​របស់ Karpear ទេ</translation>
        </message>
    </context>
</TS>

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
            <source>No guide could be loaded.</source>
            <translation>មិន​អាច​បើក​មគ្គុទ្ទេសក៍​ណាមួយ​បាន​ទេ។</translation>
        </message>
        <message>
            <source>Last reviewed: %1</source>
            <translation>ពិនិត្យ​ចុងក្រោយ៖ %1</translation>
        </message>
        <message>
            <source>Draft translation: no native speaker has reviewed this language yet. If something is unclear, compare with the English version.</source>
            <translation>ការបកប្រែ​ព្រាង៖ មិន​ទាន់​មាន​អ្នក​និយាយ​ភាសា​កំណើត​ពិនិត្យ​ភាសា​នេះ​នៅឡើយ​ទេ។ បើ​មាន​អ្វី​មិន​ច្បាស់ សូម​ប្រៀបធៀប​ជាមួយ​កំណែ​ភាសា​អង់គ្លេស។</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>វឌ្ឍនភាព</translation>
        </message>
        <message>
            <source>Showing the steps for %1 (%2 other steps hidden).</source>
            <translation>បង្ហាញ​តែ​ជំហាន​សម្រាប់ %1 (ជំហាន​ផ្សេង​ទៀត %2 ត្រូវបាន​លាក់)។</translation>
        </message>
        <message>
            <source>No steps in this guide for this device.</source>
            <translation>មគ្គុទ្ទេសក៍​នេះ​គ្មាន​ជំហាន​សម្រាប់​ឧបករណ៍​នេះ​ទេ។</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Android</source>
            <translation>Android</translation>
        </message>
        <message>
            <source>iPhone</source>
            <translation>iPhone</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>Windows</translation>
        </message>
        <message>
            <source>macOS</source>
            <translation>macOS</translation>
        </message>
        <message>
            <source>Linux</source>
            <translation>Linux</translation>
        </message>
        <message>
            <source>Web browser</source>
            <translation>កម្មវិធី​រុករក​បណ្ដាញ</translation>
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
            <source>Discontinued: do not use</source>
            <translation>ឈប់​អភិវឌ្ឍ​ហើយ៖ កុំប្រើ</translation>
        </message>
        <message>
            <source>Google Play</source>
            <translation>Google Play</translation>
        </message>
        <message>
            <source>App Store</source>
            <translation>App Store</translation>
        </message>
        <message>
            <source>app store</source>
            <translation>ហាង​កម្មវិធី</translation>
        </message>
        <message>
            <source>F-Droid</source>
            <translation>F-Droid</translation>
        </message>
        <message>
            <source>APK file</source>
            <translation>ឯកសារ APK</translation>
        </message>
        <message>
            <source>official site</source>
            <translation>គេហទំព័រ​ផ្លូវការ</translation>
        </message>
        <message>
            <source>website</source>
            <translation>គេហទំព័រ</translation>
        </message>
        <message>
            <source>Open in your browser</source>
            <translation>បើក​ក្នុង​កម្មវិធី​រុករក</translation>
        </message>
        <message>
            <source>Get it for %1</source>
            <translation>ទាញយក​សម្រាប់ %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Open a link</source>
            <translation>បើកតំណ</translation>
        </message>
        <message>
            <source>Karpear never goes online itself. If you continue, your web browser opens this address.</source>
            <translation>Karpear មិន​ដែល​ភ្ជាប់​អ៊ីនធឺណិត​ដោយ​ខ្លួន​ឯង​ទេ។ បើអ្នកបន្ត កម្មវិធី​រុករក​របស់​អ្នក​នឹង​បើក​អាសយដ្ឋាន​នេះ។</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>គេហទំព័រ៖</translation>
        </message>
        <message>
            <source>Website: %1</source>
            <translation>គេហទំព័រ៖ %1</translation>
        </message>
        <message>
            <source>Full address (check that it is exactly this):</source>
            <translation>អាសយដ្ឋាន​ពេញ (សូម​ពិនិត្យ​ថា​វា​ដូចនេះ​បេះ​បិទ)៖</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>ចម្លង​អាសយដ្ឋាន</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>បោះបង់</translation>
        </message>
        <message>
            <source>Open in browser</source>
            <translation>បើក​ក្នុង​កម្មវិធី​រុករក</translation>
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
            <source>Check that you have the real app</source>
            <translation>ផ្ទៀងផ្ទាត់​ថា​អ្នក​មាន​កម្មវិធី​ពិតប្រាកដ</translation>
        </message>
        <message>
            <source>App ID (package name):</source>
            <translation>លេខ​សម្គាល់​កម្មវិធី (ឈ្មោះ​កញ្ចប់)៖</translation>
        </message>
        <message>
            <source>APK signing certificate (SHA-256):</source>
            <translation>វិញ្ញាបនបត្រ​ចុះហត្ថលេខា APK (SHA-256)៖</translation>
        </message>
        <message>
            <source>PGP key fingerprint:</source>
            <translation>ស្នាម​ម្រាម​ដៃ​សោ PGP៖</translation>
        </message>
        <message>
            <source>Link blocked</source>
            <translation>តំណ​ត្រូវបាន​រារាំង</translation>
        </message>
        <message>
            <source>This link was not opened</source>
            <translation>តំណ​នេះ​មិន​ត្រូវបាន​បើក​ទេ</translation>
        </message>
        <message>
            <source>%1 is not one of the official websites listed for this. It may be a fake site.</source>
            <translation>%1 មិន​មែន​ជា​គេហទំព័រ​ផ្លូវការ​ដែល​បាន​កំណត់​សម្រាប់​ការ​នេះ​ទេ។ វា​អាច​ជា​គេហទំព័រ​ក្លែងក្លាយ។</translation>
        </message>
        <message>
            <source>Karpear only opens secure (https) addresses of official websites. This one is not.</source>
            <translation>Karpear បើក​តែ​អាសយដ្ឋាន​សុវត្ថិភាព (https) នៃ​គេហទំព័រ​ផ្លូវការ​ប៉ុណ្ណោះ។ អាសយដ្ឋាន​នេះ​មិន​មែន​ទេ។</translation>
        </message>
        <message>
            <source>The link was:</source>
            <translation>តំណនោះគឺ៖</translation>
        </message>
        <message>
            <source>If someone sent you this guide with this link, be careful: it may have been changed.</source>
            <translation>បើ​មាន​នរណា​ម្នាក់​ផ្ញើ​មគ្គុទ្ទេសក៍​នេះ​ជាមួយ​តំណ​នេះ​មក​អ្នក សូម​ប្រុងប្រយ័ត្ន៖ វា​ប្រហែលជា​ត្រូវបាន​គេ​កែប្រែ។</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>អាសយដ្ឋាន​អ៊ីមែល</translation>
        </message>
        <message>
            <source>Karpear does not open your email program. Copy the address and write from an account you trust.</source>
            <translation>Karpear មិន​បើក​កម្មវិធី​អ៊ីមែល​របស់​អ្នកទេ។ សូម​ចម្លង​អាសយដ្ឋាន ហើយ​សរសេរ​ពី​គណនី​ដែល​អ្នក​ទុកចិត្ត។</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1៖ %2</translation>
        </message>
        <message>
            <source>Official website of %1</source>
            <translation>គេហទំព័រ​ផ្លូវការ​របស់ %1</translation>
        </message>
        <message>
            <source>Open this link?</source>
            <translation>បើកតំណនេះ?</translation>
        </message>
        <message>
            <source>Address copied</source>
            <translation>បាន​ចម្លង​អាសយដ្ឋាន</translation>
        </message>
        <message>
            <source>The browser did not open</source>
            <translation>កម្មវិធី​រុករក​មិន​បាន​បើក​ទេ</translation>
        </message>
        <message>
            <source>No web browser could be started on this computer. Copy the address and paste it into a web browser yourself, or type it on your phone.</source>
            <translation>មិន​អាច​បើក​កម្មវិធី​រុករក​នៅ​លើ​កុំព្យូទ័រ​នេះ​បាន​ទេ។ សូម​ចម្លង​អាសយដ្ឋាន ហើយ​បិទភ្ជាប់​វា​ក្នុង​កម្មវិធី​រុករក​ដោយ​ខ្លួន​ឯង ឬ​វាយ​វា​នៅ​លើ​ទូរស័ព្ទ​របស់​អ្នក។</translation>
        </message>
        <message>
            <source>This exact address is not one that the guide lists, so Karpear does not open it. The text may have been changed.</source>
            <translation>អាសយដ្ឋាន​នេះ​មិន​មែន​ជា​អាសយដ្ឋាន​ដែល​មគ្គុទ្ទេសក៍​បាន​កំណត់​ទេ ដូច្នេះ Karpear មិន​បើក​វា​ទេ។ អត្ថបទ​នេះ​អាច​ត្រូវ​បាន​គេ​កែប្រែ។</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your progress was saved by a newer version of Karpear. It is kept unchanged; this version starts with an empty checklist.</source>
            <translation>វឌ្ឍនភាព​របស់​អ្នក​ត្រូវបាន​រក្សាទុក​ដោយ​កំណែ Karpear ថ្មីជាង។ វានៅដដែល ប៉ុន្តែ​កំណែ​នេះ​ចាប់ផ្ដើម​ដោយ​បញ្ជី​ទទេ។</translation>
        </message>
        <message>
            <source>Your settings were saved by a newer version of Karpear. This version uses its defaults.</source>
            <translation>ការកំណត់​របស់​អ្នក​ត្រូវបាន​រក្សាទុក​ដោយ​កំណែ Karpear ថ្មីជាង។ កំណែ​នេះ​ប្រើ​ការ​កំណត់​លំនាំ​ដើម។</translation>
        </message>
        <message>
            <source>Your saved progress could not be read (the system refused access), so the checklist starts empty.</source>
            <translation>មិន​អាច​អាន​វឌ្ឍនភាព​ដែល​បាន​រក្សាទុក​បាន​ទេ (ប្រព័ន្ធ​បដិសេធ​ការចូល​ប្រើ) ដូច្នេះ​បញ្ជី​ចាប់ផ្ដើម​ទទេ។</translation>
        </message>
        <message>
            <source>Your settings could not be read (the system refused access), so the defaults are used.</source>
            <translation>មិន​អាច​អាន​ការ​កំណត់​របស់​អ្នក​បាន​ទេ (ប្រព័ន្ធ​បដិសេធ​ការចូល​ប្រើ) ដូច្នេះ​ប្រើ​ការ​កំណត់​លំនាំ​ដើម។</translation>
        </message>
        <message>
            <source>Your saved progress was damaged and could not be read, so the checklist starts empty.</source>
            <translation>វឌ្ឍនភាព​ដែល​បាន​រក្សាទុក​បាន​ខូច ហើយ​មិន​អាច​អាន​បាន​ទេ ដូច្នេះ​បញ្ជី​ចាប់ផ្ដើម​ទទេ។</translation>
        </message>
        <message>
            <source>Your settings were damaged and could not be read, so the defaults are used.</source>
            <translation>ការកំណត់​របស់​អ្នក​បាន​ខូច ហើយ​មិន​អាច​អាន​បាន​ទេ ដូច្នេះ​ប្រើ​ការ​កំណត់​លំនាំ​ដើម។</translation>
        </message>
        <message>
            <source>The damaged file was kept as: %1</source>
            <translation>ឯកសារ​ដែល​ខូច​ត្រូវបាន​រក្សាទុក​ជា៖ %1</translation>
        </message>
        <message>
            <source>Changes will not be saved until this is fixed.</source>
            <translation>ការផ្លាស់ប្ដូរ​នឹង​មិន​ត្រូវបាន​រក្សាទុក​ទេ រហូតដល់​បញ្ហា​នេះ​ត្រូវបាន​ដោះស្រាយ។</translation>
        </message>
        <message>
            <source>Some guide content is damaged and was left out; the rest works normally. Problems found: %1. A trainer can run “karpear check” to see them.</source>
            <translation>ខ្លឹមសារ​មគ្គុទ្ទេសក៍​មួយចំនួន​ខូច ហើយ​ត្រូវបាន​ដក​ចេញ។ ផ្នែក​ផ្សេង​ទៀត​ដំណើរការធម្មតា។ ចំនួនបញ្ហា៖ %1។ គ្រូ​បង្គោល​អាច​ដំណើរការ “karpear check” ដើម្បី​មើល​បញ្ហា​ទាំងនោះ។</translation>
        </message>
        <message>
            <source>Show steps for:</source>
            <translation>បង្ហាញ​ជំហាន​សម្រាប់៖</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>ឧបករណ៍​ទាំងអស់</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>អក្សរ​តូច​ជាង​នេះ</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>អក្សរ​ធំ​ជាង​នេះ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>&amp;Karpear</source>
            <translation>Karpear</translation>
        </message>
        <message>
            <source>Erase all my data…</source>
            <translation>លុប​ទិន្នន័យ​របស់​ខ្ញុំ​ទាំងអស់…</translation>
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
            <source>Normal text size</source>
            <translation>ទំហំ​អក្សរ​ធម្មតា</translation>
        </message>
        <message>
            <source>Show steps for</source>
            <translation>បង្ហាញ​ជំហាន​សម្រាប់</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ទៅ</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>ជំហាន​បន្ទាប់</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>ជំហានមុន</translation>
        </message>
        <message>
            <source>Next guide</source>
            <translation>មគ្គុទ្ទេសក៍​បន្ទាប់</translation>
        </message>
        <message>
            <source>Previous guide</source>
            <translation>មគ្គុទ្ទេសក៍​មុន</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ភាសា</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ជំនួយ</translation>
        </message>
        <message>
            <source>About Karpear</source>
            <translation>អំពី Karpear</translation>
        </message>
        <message>
            <source>Your progress could not be saved (%1). Check that the disk is not full.</source>
            <translation>មិន​អាច​រក្សាទុក​វឌ្ឍនភាព​របស់​អ្នក​បាន​ទេ (%1)។ សូម​ពិនិត្យ​ថា​ថា​ស​មិន​ពេញ។</translation>
        </message>
        <message>
            <source>Your settings could not be saved (%1).</source>
            <translation>មិន​អាច​រក្សាទុក​ការកំណត់​របស់​អ្នក​បាន​ទេ (%1)។</translation>
        </message>
        <message>
            <source>Erase all my data</source>
            <translation>លុប​ទិន្នន័យ​របស់​ខ្ញុំ​ទាំងអស់</translation>
        </message>
        <message>
            <source>Erase all your data from this computer?</source>
            <translation>លុប​ទិន្នន័យ​របស់​អ្នក​ទាំងអស់​ចេញ​ពី​កុំព្យូទ័រ​នេះ?</translation>
        </message>
        <message>
            <source>This removes your progress and settings from this computer. The guides stay. This cannot be undone.</source>
            <translation>ការ​នេះ​លុប​វឌ្ឍនភាព និង​ការកំណត់​របស់​អ្នក​ចេញ​ពី​កុំព្យូទ័រ​នេះ។ មគ្គុទ្ទេសក៍​នៅ​ដដែល។ មិន​អាច​ត្រឡប់​វិញ​បាន​ទេ។</translation>
        </message>
        <message>
            <source>Erase everything</source>
            <translation>លុបទាំងអស់</translation>
        </message>
        <message>
            <source>Some data could not be erased: %1</source>
            <translation>ទិន្នន័យ​មួយចំនួន​មិន​អាច​លុប​បាន​ទេ៖ %1</translation>
        </message>
        <message>
            <source>All your data was erased from this computer.</source>
            <translation>ទិន្នន័យ​របស់​អ្នក​ទាំងអស់​ត្រូវបាន​លុបចេញ​ពី​កុំព្យូទ័រ​នេះ​ហើយ។</translation>
        </message>
        <message>
            <source>Karpear %1</source>
            <translation>Karpear %1</translation>
        </message>
        <message>
            <source>Checklists to protect your phone calls and messages from surveillance. Karpear never connects to the internet: links open in your browser only when you confirm. Your progress stays on this computer.</source>
            <translation>បញ្ជី​ត្រួតពិនិត្យ ដើម្បី​ការពារ​ការ​ហៅទូរស័ព្ទ និង​សារ​របស់​អ្នក​ពី​ការឃ្លាំមើល។ Karpear មិន​ដែល​ភ្ជាប់​អ៊ីនធឺណិត​ទេ៖ តំណ​បើក​ក្នុង​កម្មវិធី​រុករក​របស់​អ្នក តែ​នៅ​ពេល​អ្នក​បញ្ជាក់​ប៉ុណ្ណោះ។ វឌ្ឍនភាព​របស់​អ្នក​នៅលើ​កុំព្យូទ័រ​នេះ។</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>បិទ</translation>
        </message>
    </context>
    <context>
        <name>StepCard</name>
        <message>
            <source>Done</source>
            <translation>រួចរាល់</translation>
        </message>
        <message>
            <source>Only %1</source>
            <translation>តែ %1</translation>
        </message>
        <message>
            <source>Updated since you checked it: please read it again.</source>
            <translation>បាន​ធ្វើ​បច្ចុប្បន្នភាព​តាំងពី​អ្នក​បាន​ធីក៖ សូម​អាន​ម្ដង​ទៀត។</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>យល់ហើយ</translation>
        </message>
        <message>
            <source>Tools for this step</source>
            <translation>កម្មវិធី​សម្រាប់​ជំហាន​នេះ</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>មិន​ទាន់​ធ្វើ</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>Not yet translated: shown in English</source>
            <translation>មិន​ទាន់​បកប្រែ៖ បង្ហាញ​ជា​ភាសា​អង់គ្លេស</translation>
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
            <source>Open source</source>
            <translation>កូដ​ប្រភព​បើក​ចំហ</translation>
        </message>
        <message>
            <source>Use instead: %1</source>
            <translation>សូម​ប្រើ​ជំនួស​វិញ៖ %1</translation>
        </message>
        <message>
            <source>Safer choice: %1</source>
            <translation>ជម្រើស​មាន​សុវត្ថិភាព​ជាង៖ %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1៖ %2</translation>
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
            <source>No official download is known: beware of look-alike apps.</source>
            <translation>មិន​មាន​តំណទាញយក​ផ្លូវការ​ទេ៖ សូម​ប្រយ័ត្ន​កម្មវិធី​ក្លែងក្លាយ​ដែល​មើល​ទៅ​ដូចគ្នា។</translation>
        </message>
        <message>
            <source>Not available for %1.</source>
            <translation>មិន​មាន​សម្រាប់ %1 ទេ។</translation>
        </message>
    </context>
</TS>

# What the help examples of Import-OSImage need, merged into HelpExamples.Fixtures.ps1 (same keys; read its header).
# The local cloud reaches no release site: the web-download example fetches a temp URL of an object in the local
# Swift (Glance's web-download filter allows its port 8080 there) in the URL's place.
$tempUrl = '((Get-OSObject cirros-src cirros.img | New-OSObjectTempUrl -ContainerKey -SetKey -LifetimeSec 600).Url)'
@{
    Examples = @{
        'Import-OSImage: Import a disk image through Glance''s staging area' = @{ Absent = 'image ubuntu-24.04'; Setup = { New-FixtureFile noble.qcow2 } }
        'Import-OSImage: Have Glance download an image itself' = @{
            Absent = 'image cirros-0.6'
            Setup = {
                New-FixtureFile cirros.img
                $null = New-OSContainer cirros-src
                $null = New-OSObject -Container cirros-src -Path ./cirros.img
            }
            Replace = @{ 'https://download.cirros-cloud.net/0.6.2/cirros-0.6.2-x86_64-disk.img' = $tempUrl }
            Cleanup = { Remove-OSContainer cirros-src -Recurse -Force -ErrorAction Ignore }
        }
    }
}

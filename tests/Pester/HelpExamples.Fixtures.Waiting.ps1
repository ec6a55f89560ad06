# What the help examples of Wait-OSServer, Wait-OSVolume, Wait-OSImage and Wait-OSCluster need, merged into
# HelpExamples.Fixtures.ps1 (same keys; read its header).
@{
    Examples = @{
        'Wait-OSServer: Boot three servers, then wait for them all' = @{
            Present = 'router private-router', 'image cirros'; Absent = 'server worker-1', 'server worker-2', 'server worker-3'
        }
        'Wait-OSServer: Wait until stopped servers are off' = @{ Present = 'server web1', 'server web2' }
        'Wait-OSServer: Wait until a deleted server is gone' = @{ Present = 'server old-db' }
        'Wait-OSVolume: Create volumes, then wait for them together' = @{ Absent = 'volume scratch-1', 'volume scratch-2' }
        'Wait-OSVolume: Wait until deleted volumes are gone' = @{ Present = 'volume test-1' }
        'Wait-OSImage: Upload an image and wait until Glance has it' = @{ Absent = 'image jammy'; Setup = { New-FixtureFile jammy.img } }
    }
    NotHere = @{
        # Nova's fake compute driver takes a snapshot without uploading its data: the image stays queued.
        'Wait-OSImage: Snapshot two servers, then wait for both images' = 'the fake compute driver uploads no snapshot data, so the images stay queued and never become active'
        # A cluster made by a project member here (no Heat) stays CREATE_IN_PROGRESS with no reason, for good: no wait on it ends.
        # (Made by the admin, it goes to CREATE_FAILED at once: ContainerInfra.Tests.ps1 waits on that one.)
        'Wait-OSCluster: Wait until a cluster has finished, whatever the outcome' = 'a cluster of the local cloud only ends when its create timeout runs out (the fake servers never signal Heat), minutes for one example; ContainerInfra.Tests waits on one with Wait-OSCluster'
        'Wait-OSCluster: Wait for every cluster still being built or resized' = 'a cluster of the local cloud only ends when its create timeout runs out (the fake servers never signal Heat), minutes for one example; ContainerInfra.Tests waits on one with Wait-OSCluster'
    }
}

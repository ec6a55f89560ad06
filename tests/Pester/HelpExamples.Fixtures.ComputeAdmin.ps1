# What the help examples of Nova's administration need (hypervisors, compute services, aggregates, migrations), merged
# into HelpExamples.Fixtures.ps1 (same keys; read its header). They run as the project's admin. The pages name hosts
# compute-01 and compute-02: here they are the local cloud's testcloud and testcloud2. Services disabled or forced
# down by an example are enabled again after it.
$hostA = "'testcloud'"
$hostB = "'testcloud2'"
$enableB = { Enable-OSComputeService -Host testcloud2 }
@{
    Resources = @{
        'aggregate rack-a' = @{ Admin = $true; Create = { New-OSAggregate -Name rack-a } }
    }
    Examples = @{
        'Get-OSHypervisor: The fleet at a glance' = @{ Admin = $true }
        'Get-OSHypervisor: The hosts with the most free vCPUs first' = @{ Admin = $true }
        'Get-OSHypervisor: What runs on one host' = @{ Admin = $true; Replace = @{ 'compute-01' = $hostA } }
        'Get-OSComputeService: Every Nova service' = @{ Admin = $true }
        'Get-OSComputeService: Compute hosts that are down or disabled' = @{ Admin = $true }
        'Disable-OSComputeService: Take a host out of scheduling for maintenance' = @{ Admin = $true; Replace = @{ 'compute-02' = $hostB }; Cleanup = $enableB }
        'Disable-OSComputeService: Disable every compute service of a rack' = @{ Admin = $true; Replace = @{ "'compute-0*'" = $hostB }; Cleanup = $enableB }
        'Enable-OSComputeService: Back from maintenance' = @{
            Admin = $true; Replace = @{ 'compute-02' = $hostB }; Setup = { Disable-OSComputeService -Host testcloud2 -Reason example }; Cleanup = $enableB
        }
        'Enable-OSComputeService: Enable every disabled compute host' = @{
            Admin = $true; Setup = { Disable-OSComputeService -Host testcloud2 -Reason example }; Cleanup = $enableB
        }
        # A server of the project on testcloud2 to evacuate; Nova forces the host up again only after its nova-compute
        # restarted and cleaned up (tests/cloud/restart.sh, what an operator does after the repair).
        'Set-OSComputeService: Evacuate the servers of a failed host' = @{
            Admin = $true; Present = 'router private-router', 'image cirros'; Absent = 'server evac1'; Replace = @{ 'compute-02' = $hostB }
            Setup = { $null = New-OSServer -Name evac1 -Image cirros -Flavor m1.tiny -Network (Find-Fixture 'network private').Id -AvailabilityZone nova:testcloud2 -Wait }
            Cleanup = {
                & bash ([System.IO.Path]::Combine($HelpEx.Repository, 'tests', 'cloud', 'restart.sh')) nova-compute2 *> $null
                Set-OSComputeService -Host testcloud2 -ForcedDown $false -Confirm:$false
            }
        }
        'Set-OSComputeService: The host is repaired' = @{ Admin = $true; Replace = @{ 'compute-02' = $hostB } }
        'Get-OSAggregate: Every aggregate with its hosts' = @{ Admin = $true; Present = 'aggregate rack-a' }
        'Get-OSAggregate: Which aggregates a host is in' = @{ Admin = $true; Replace = @{ 'compute-01' = $hostA } }
        'New-OSAggregate: An availability zone of SSD hosts' = @{ Admin = $true; Absent = 'aggregate ssd-hosts'; Replace = @{ 'compute-01' = $hostB } }
        'New-OSAggregate: An aggregate with the hosts of a rack, from the pipeline' = @{ Admin = $true; Absent = 'aggregate rack-a'; Replace = @{ 'compute-01' = $hostA; 'compute-02' = $hostB } }
        'Set-OSAggregate: Mark an aggregate''s hosts as having GPUs' = @{ Admin = $true; Present = 'aggregate rack-a' }
        'Set-OSAggregate: Rename an aggregate and move it to another zone' = @{ Admin = $true; Present = 'aggregate rack-a'; Absent = 'aggregate rack-a-fast' }
        'Remove-OSAggregate: Empty an aggregate and delete it' = @{ Admin = $true; Present = 'aggregate rack-a'; Setup = { Add-OSAggregateHost -Aggregate rack-a -Host testcloud } }
        'Remove-OSAggregate: Delete the empty aggregates of a test run' = @{ Admin = $true; Absent = 'aggregate ci-1'; Setup = { $null = New-OSAggregate -Name ci-1 } }
        'Add-OSAggregateHost: Add two hosts to an aggregate' = @{ Admin = $true; Present = 'aggregate rack-a'; Absent = 'aggregate rack-a'; Replace = @{ 'compute-01' = $hostA; 'compute-02' = $hostB } }
        'Add-OSAggregateHost: Add every compute host that is up' = @{ Admin = $true; Present = 'aggregate rack-a'; Absent = 'aggregate rack-a' }
        'Remove-OSAggregateHost: Take a host out of an aggregate' = @{ Admin = $true; Present = 'aggregate rack-a'; Replace = @{ 'compute-02' = $hostB }; Setup = { Add-OSAggregateHost -Aggregate rack-a -Host testcloud2 } }
        'Remove-OSAggregateHost: Take every host out of an aggregate' = @{ Admin = $true; Present = 'aggregate rack-a'; Setup = { Add-OSAggregateHost -Aggregate rack-a -Host testcloud, testcloud2 } }
        'Move-OSServer: Live-migrate a server and see where it went' = @{ Admin = $true; Present = 'server web1' }
        'Move-OSServer: Cold-migrate to a given host and confirm' = @{
            Admin = $true; Present = 'server web1'
            Replace = @{ 'compute-02' = '((Get-OSComputeService -Binary nova-compute).Host | Where-Object { $_ -ne (Find-Fixture ''server web1'').Host } | Select-Object -First 1)' }
        }
        # The stack examples' server (heat-app) stays where Heat put it: once, its live migration failed (Nova's
        # conductor got a 401 from Neutron) and left it in ERROR, and every stack example after failed with it.
        'Move-OSServer: Empty a host before maintenance' = @{
            Admin = $true; Present = 'server web1'; Cleanup = { Enable-OSComputeService -Host testcloud }
            Replace = @{ 'compute-01' = $hostA; '-Status ACTIVE |' = "-Status ACTIVE | Where-Object Name -ne 'heat-app' |" }
        }
        'Get-OSServerMigration: The migrations of one server' = @{ Admin = $true; Present = 'server web1' }
        'Get-OSServerMigration: Live migrations that failed' = @{ Admin = $true }
        'Get-OSServer: Another project''s servers, and those one user created (admin)' = @{ Admin = $true }
        'Get-OSVolume: Another project''s volumes (admin)' = @{ Admin = $true }
        'Get-OSVolumeService: Every Cinder service' = @{ Admin = $true }
        'Get-OSVolumeService: Volume backends that are down' = @{ Admin = $true }
        'Get-OSNetworkAgent: Every agent' = @{ Admin = $true }
        'Get-OSNetworkAgent: Agents that stopped reporting' = @{ Admin = $true }
        'Get-OSServerMigration: What moved off a host today' = @{ Admin = $true; Replace = @{ 'compute-01' = $hostA } }
    }
}

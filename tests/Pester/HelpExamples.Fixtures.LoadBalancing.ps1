# What the help examples of Octavia's load balancers need, merged into HelpExamples.Fixtures.ps1 (same keys; read its
# header). "loadbalancer web-lb" is a whole tree on web-subnet: listener http (HTTP 80), its default pool web-pool
# (members web-a 10.1.0.11 and web-b 10.1.0.12 on port 80), the pool's HTTP health monitor web-check, and on the listener
# the L7 policy block-admin (REJECT) with one rule, PATH STARTS_WITH /admin. The examples that add a listener, pool,
# member, health monitor, policy or rule to it remove what they added afterwards.
$lb = 'loadbalancer web-lb'
# A clean-up that does not fail when the example already removed what it names (each statement quietly).
$LbCleanup = { param([string] $Text) [scriptblock]::Create((($Text -split '; ') | ForEach-Object { "$_ -ErrorAction SilentlyContinue" }) -join "`n") }
$oldPool = { $null = New-OSLoadBalancerPool old-pool -LoadBalancer web-lb -Protocol HTTP }
$oldListener = { $null = New-OSLoadBalancerListener web-lb -Protocol HTTP -ProtocolPort 81 -Name old-http }
$oldPolicy = { $null = New-OSLoadBalancerL7Policy http -Action REJECT -Name old-policy }
$pathRule = 'Get-OSLoadBalancerL7Rule -Policy block-admin -Type PATH | Set-OSLoadBalancerL7Rule'
$oldCheck = { $null = New-OSLoadBalancerPool old-check-pool -LoadBalancer web-lb -Protocol TCP | New-OSLoadBalancerHealthMonitor -Name old-check -Type TCP }
@{
    Resources = @{
        'loadbalancer web-lb' = @{
            Needs = 'subnet web-subnet'
            Create = {
                $pool = New-OSLoadBalancer web-lb -VipSubnet web-subnet | New-OSLoadBalancerListener -Name http -Protocol HTTP -ProtocolPort 80 |
                    New-OSLoadBalancerPool web-pool -Protocol HTTP
                $null = New-OSLoadBalancerMember -Pool $pool -Address 10.1.0.11 -ProtocolPort 80 -Name web-a
                $null = New-OSLoadBalancerMember -Pool $pool -Address 10.1.0.12 -ProtocolPort 80 -Name web-b
                $null = $pool | New-OSLoadBalancerHealthMonitor -Name web-check -Type HTTP -UrlPath /health
                $null = New-OSLoadBalancerL7Policy http -Action REJECT -Name block-admin |
                    New-OSLoadBalancerL7Rule -Type PATH -CompareType STARTS_WITH -Value /admin
            }
        }
        'loadbalancer old-lb' = @{ Needs = 'subnet web-subnet'; Create = { New-OSLoadBalancer old-lb -VipSubnet web-subnet } }
    }
    # As the admin, after the project's own sweep: the project's load balancers, whole trees.
    Sweep = { Get-OSLoadBalancer | Where-Object ProjectId -eq $HelpEx.ProjectId | Remove-OSLoadBalancer -Cascade -Force }
    Examples = @{
        'Get-OSLoadBalancer: List load balancers' = @{ Present = $lb }
        'Get-OSLoadBalancer: By tag' = @{ Present = $lb }
        'New-OSLoadBalancer: A load balancer on a subnet' = @{ Present = 'subnet web-subnet'; Absent = 'loadbalancer app-lb' }
        'New-OSLoadBalancer: A whole HTTP service' = @{ Present = 'subnet web-subnet', 'server web1', 'server web2'; Absent = 'loadbalancer shop-lb' }
        'New-OSLoadBalancer: See what would be created' = @{ Present = 'subnet web-subnet' }
        'Set-OSLoadBalancer: Describe and tag a load balancer' = @{ Present = $lb }
        'Set-OSLoadBalancer: Take a load balancer out of service' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Set-OSLoadBalancer web-lb -AdminStateUp $true') }
        'Remove-OSLoadBalancer: Delete a load balancer and everything beneath it' = @{ Present = 'loadbalancer old-lb' }
        'Remove-OSLoadBalancer: See what would be deleted' = @{ Present = 'loadbalancer old-lb' }
        'Get-OSLoadBalancerStatus: The status tree' = @{ Present = $lb }
        'Get-OSLoadBalancerStatus: Members that are not online' = @{ Present = $lb }
        'Get-OSLoadBalancerStatus: The tree as one object' = @{ Present = $lb }
        'Get-OSLoadBalancerStatistics: The counters of one load balancer' = @{ Present = $lb }
        'Get-OSLoadBalancerStatistics: The busiest load balancers' = @{ Present = $lb }
        'Get-OSLoadBalancerListener: The listeners of a load balancer' = @{ Present = $lb }
        'Get-OSLoadBalancerListener: HTTP listeners, from the pipeline' = @{ Present = $lb }
        'New-OSLoadBalancerListener: An HTTP listener' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerListener alt-http -LoadBalancer web-lb -Force') }
        'New-OSLoadBalancerListener: Only some clients, with a limit and a timeout' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerListener db -LoadBalancer web-lb -Force') }
        'Set-OSLoadBalancerListener: Raise a limit and shorten a timeout' = @{ Present = $lb }
        'Set-OSLoadBalancerListener: Allow every client again' = @{ Present = $lb }
        'Remove-OSLoadBalancerListener: Delete a listener' = @{ Present = $lb; Setup = $oldListener }
        'Remove-OSLoadBalancerListener: See what would be deleted' = @{ Present = $lb; Setup = $oldListener; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerListener old-http -LoadBalancer web-lb -Force') }
        'Get-OSLoadBalancerPool: The pools of a load balancer' = @{ Present = $lb }
        'Get-OSLoadBalancerPool: How a pool balances' = @{ Present = $lb }
        'New-OSLoadBalancerPool: A listener''s default pool' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerPool api-pool -LoadBalancer web-lb -Force; Remove-OSLoadBalancerListener api -LoadBalancer web-lb -Force') }
        'New-OSLoadBalancerPool: Sticky sessions on the application''s cookie' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerPool cart-pool -LoadBalancer web-lb -Force') }
        'Set-OSLoadBalancerPool: Send new connections to the least busy member' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Set-OSLoadBalancerPool web-pool -Algorithm ROUND_ROBIN') }
        'Set-OSLoadBalancerPool: Stop sticky sessions' = @{ Present = $lb }
        'Remove-OSLoadBalancerPool: Delete a pool' = @{ Present = $lb; Setup = $oldPool }
        'Remove-OSLoadBalancerPool: See what would be deleted' = @{ Present = $lb; Setup = $oldPool; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerPool old-pool -LoadBalancer web-lb -Force') }
        'Get-OSLoadBalancerMember: The members of a pool' = @{ Present = $lb }
        'Get-OSLoadBalancerMember: Members that are not online' = @{ Present = $lb }
        'New-OSLoadBalancerMember: A member' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerMember -Pool web-pool web-c -Force') }
        'New-OSLoadBalancerMember: A backup member for when all others are down' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerMember -Pool web-pool sorry-server -Force') }
        'Set-OSLoadBalancerMember: Drain a member' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Set-OSLoadBalancerMember -Pool web-pool web-a -Weight 1') }
        'Set-OSLoadBalancerMember: The same weight for every member' = @{ Present = $lb }
        'Remove-OSLoadBalancerMember: Delete a member' = @{ Present = $lb; Setup = { $null = New-OSLoadBalancerMember -Pool web-pool -Address 10.1.0.50 -ProtocolPort 80 -Name old-member } }
        'Remove-OSLoadBalancerMember: Delete the drained members' = @{ Present = $lb; Setup = { $null = New-OSLoadBalancerMember -Pool web-pool -Address 10.1.0.51 -ProtocolPort 80 -Name old-member -Weight 0 } }
        'Add-OSLoadBalancerMember: Servers behind a pool, in one change' = @{
            Present = $lb, 'server web1', 'server web2'
            Cleanup = (& $LbCleanup 'Get-OSLoadBalancerMember -Pool web-pool | Where-Object Name -in web1, web2 | Remove-OSLoadBalancerMember -Force')
        }
        'Add-OSLoadBalancerMember: See what would be added' = @{ Present = $lb, 'server web1', 'server web2' }
        'Get-OSLoadBalancerHealthMonitor: The health monitor of a pool' = @{ Present = $lb }
        'Get-OSLoadBalancerHealthMonitor: How every pool is checked' = @{ Present = $lb }
        'New-OSLoadBalancerHealthMonitor: An HTTP check' = @{
            Present = $lb; Setup = { $null = New-OSLoadBalancerPool api-pool -LoadBalancer web-lb -Protocol HTTP }
            Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerPool api-pool -LoadBalancer web-lb -Force')
        }
        'New-OSLoadBalancerHealthMonitor: A TCP check on a new pool' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerPool tcp-pool -LoadBalancer web-lb -Force') }
        'Set-OSLoadBalancerHealthMonitor: Check less often' = @{ Present = $lb }
        'Set-OSLoadBalancerHealthMonitor: A new path for a pool''s check' = @{ Present = $lb }
        'Remove-OSLoadBalancerHealthMonitor: Delete a health monitor' = @{ Present = $lb; Setup = $oldCheck; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerPool old-check-pool -LoadBalancer web-lb -Force') }
        'Remove-OSLoadBalancerHealthMonitor: See what would be deleted' = @{ Present = $lb; Setup = $oldCheck; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerPool old-check-pool -LoadBalancer web-lb -Force') }
        'Get-OSLoadBalancerL7Policy: The policies of a load balancer''s listeners' = @{ Present = $lb }
        'Get-OSLoadBalancerL7Policy: A policy and its rules' = @{ Present = $lb }
        'New-OSLoadBalancerL7Policy: Send /api requests to another pool' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerL7Policy to-api -Force; Remove-OSLoadBalancerPool api-pool -LoadBalancer web-lb -Force') }
        'New-OSLoadBalancerL7Policy: Redirect every request to HTTPS' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Remove-OSLoadBalancerL7Policy to-https -Force') }
        'Set-OSLoadBalancerL7Policy: Try a policy first' = @{ Present = $lb }
        'Set-OSLoadBalancerL7Policy: Turn a policy off for a while' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Set-OSLoadBalancerL7Policy block-admin -AdminStateUp $true') }
        'Remove-OSLoadBalancerL7Policy: Delete a policy and its rules' = @{ Present = $lb; Setup = $oldPolicy }
        'Remove-OSLoadBalancerL7Policy: See what would be deleted' = @{ Present = $lb }
        'Get-OSLoadBalancerL7Rule: The rules of a policy' = @{ Present = $lb }
        'Get-OSLoadBalancerL7Rule: Header rules of every policy of a listener' = @{ Present = $lb }
        'New-OSLoadBalancerL7Rule: Match one host name' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Get-OSLoadBalancerL7Rule -Policy block-admin -Type HOST_NAME | Remove-OSLoadBalancerL7Rule -Force') }
        'New-OSLoadBalancerL7Rule: Only requests without a header' = @{ Present = $lb; Cleanup = (& $LbCleanup 'Get-OSLoadBalancerL7Rule -Policy block-admin -Type HEADER | Remove-OSLoadBalancerL7Rule -Force') }
        'Set-OSLoadBalancerL7Rule: Change what a rule compares' = @{ Present = $lb; Cleanup = (& $LbCleanup "$pathRule -Value /admin") }
        'Set-OSLoadBalancerL7Rule: Invert a rule' = @{ Present = $lb; Cleanup = (& $LbCleanup "$pathRule -Invert `$false") }
        'Remove-OSLoadBalancerL7Rule: Delete a policy''s cookie rules' = @{
            Present = $lb; Setup = { $null = New-OSLoadBalancerL7Rule block-admin -Type COOKIE -Key session -CompareType EQUAL_TO -Value old }
        }
        'Remove-OSLoadBalancerL7Rule: See what would be deleted' = @{ Present = $lb }
    }
}

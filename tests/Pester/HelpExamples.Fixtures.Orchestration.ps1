# What the help examples of Heat's stacks need, merged into HelpExamples.Fixtures.ps1 (same keys; read its header).
# "stack web" is built from web.yaml (a network, a subnet, a 1 GB volume and a server; outputs ip and volume), which
# the examples that name ./web.yaml find in their folder. Its server is named heat-app: Heat's own name for it
# (web-srv-...) would be taken by the examples that stop or restart the servers named web*.
$writeWeb = {
    Set-Content -Path web.yaml -Value @'
heat_template_version: 2018-08-31
parameters:
  size: {type: number, default: 1, description: Volume size in GB}
resources:
  net: {type: OS::Neutron::Net}
  sub:
    type: OS::Neutron::Subnet
    properties: {network: {get_resource: net}, cidr: 10.99.0.0/24}
  vol:
    type: OS::Cinder::Volume
    properties: {size: {get_param: size}}
  srv:
    type: OS::Nova::Server
    depends_on: sub
    properties: {name: heat-app, image: cirros, flavor: m1.tiny, networks: [{network: {get_resource: net}}]}
outputs:
  ip: {value: {get_attr: [srv, first_address]}}
  volume: {value: {get_resource: vol}}
'@
}
# A stack an example suspended without waiting is resumed once Heat is done suspending it.
$resumeWeb = {
    for ($i = 0; $i -lt 60 -and (Get-OSStack web).Status -like '*_IN_PROGRESS'; $i++) { Start-Sleep 1 }
    if ((Get-OSStack web).Status -eq 'SUSPEND_COMPLETE') { $null = Resume-OSStack web -Wait }
}
# Examples that stop every ACTIVE server of the project (Get-OSServer | Where-Object Status -eq ACTIVE | Stop-OSServer)
# stop the stack's server too, and Nova refuses to suspend a stopped one: it is started again first.
$appUp = 'Get-OSServer -Name heat-app -Status SHUTOFF | Start-OSServer -Wait'
$suspendWeb = [scriptblock]::Create("$appUp`n`$null = Suspend-OSStack web -Wait")
$upWeb = [scriptblock]::Create($appUp)
@{
    Resources = @{
        'stack web' = @{
            Needs = 'image cirros'
            Create = ([scriptblock]::Create($writeWeb.ToString() + "`nNew-OSStack web -TemplateFile web.yaml -Wait -TimeoutSec 300"))
        }
        'stack old-app' = @{ Create = { New-OSStack old-app -Template "heat_template_version: 2018-08-31`nresources:`n  r: {type: OS::Heat::RandomString}" -Wait } }
        # Magnum hands a cluster to Heat, whose fake servers never signal it: it fails at its one-minute timeout.
        # Made to the end of its build (CREATE_FAILED after a minute: the fake servers never signal): Heat deleting a stack
        # it is still creating sometimes fails on its own database ("Cannot delete or update a parent row ... raw_template"),
        # which would fail the example that deletes it.
        'cluster dev' = @{ Needs = 'template dev-k8s'; Create = { $null = New-OSCluster -Name dev -ClusterTemplate dev-k8s -NodeCount 1 -CreateTimeout 1 -Wait -ErrorAction SilentlyContinue } }
    }
    Examples = @{
        'Get-OSStack: Stacks and their status' = @{ Present = 'stack web' }
        'New-OSStack: A stack from a template file' = @{ Present = 'image cirros'; Absent = 'stack app'; Setup = $writeWeb }
        'New-OSStack: A template given as text' = @{ Absent = 'stack net-only' }
        'Update-OSStack: Change one parameter' = @{ Present = 'stack web' }
        'Update-OSStack: What would an update do' = @{ Present = 'stack web' }
        'Remove-OSStack: Delete a stack and wait' = @{ Present = 'stack old-app' }
        'Suspend-OSStack: Suspend a stack' = @{ Present = 'stack web'; Setup = $upWeb; Cleanup = $resumeWeb }
        'Suspend-OSStack: Suspend a stack from the pipeline' = @{ Present = 'stack web'; Setup = $upWeb; Cleanup = $resumeWeb }
        'Resume-OSStack: Resume a stack' = @{ Present = 'stack web'; Setup = $suspendWeb }
        'Resume-OSStack: Resume every suspended stack' = @{ Present = 'stack web'; Setup = $suspendWeb }
        'Test-OSStackTemplate: Validate a template' = @{ Setup = $writeWeb }
        'Get-OSStackResource: A stack''s resources' = @{ Present = 'stack web' }
        'Get-OSStackResource: The server a stack built' = @{ Present = 'stack web' }
        'Get-OSStackEvent: What happened to a stack' = @{ Present = 'stack web' }
        'Get-OSStackEvent: The last events of one resource' = @{ Present = 'stack web' }
        'Get-OSStackEvent: Watch a stack being built' = @{
            Absent = 'stack app2'
            Setup = { Set-Content app.yaml "heat_template_version: 2018-08-31`nresources:`n  r: {type: OS::Heat::RandomString}" }
            Cleanup = { Remove-OSStack app2 -Force -Wait -ErrorAction SilentlyContinue; Remove-Item app.yaml -ErrorAction Ignore }
        }
        'Get-OSStackOutput: All outputs' = @{ Present = 'stack web' }
        'Get-OSStackOutput: One output' = @{ Present = 'stack web' }
        'Get-OSStackTemplate: Save a stack''s template' = @{ Present = 'stack web'; Cleanup = { Remove-Item web-deployed.json -ErrorAction Ignore } }
        'Get-OSStackTemplate: The resources a stack declares' = @{ Present = 'stack web' }
        'Wait-OSStack: Create stacks side by side, then wait for them all' = @{
            Absent = 'stack blue', 'stack green'
            Setup = { Set-Content app.yaml "heat_template_version: 2018-08-31`nparameters:`n  length: {type: number, default: 8}`nresources:`n  r: {type: OS::Heat::RandomString, properties: {length: {get_param: length}}}" }
            Cleanup = { Remove-Item app.yaml -ErrorAction Ignore }
        }
        'Wait-OSStack: Wait until a stack is gone' = @{ Present = 'stack old-app' }
        'Remove-OSCluster: Delete a cluster and wait' = @{ Present = 'cluster dev' }
    }
}

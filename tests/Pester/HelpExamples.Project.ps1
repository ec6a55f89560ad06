# The project the help examples run in, for tests/Pester/HelpExamples.Tests.ps1: made by the cloud's admin at the
# start, with a member and an admin of that project only and a clouds.yaml whose clouds (the ones the examples name,
# "mycloud", "prod", "lab", and the runner's own) all sign in to it; deleted with everything in it at the end.

# Makes the project and its users with the current (admin) session; returns what the runspace and the clean-up need.
function New-ExampleProject([string] $Prefix) {
    $password = [guid]::NewGuid().ToString('N')
    $project = (Invoke-OSApi identity projects -Method POST -Body @{ project = @{ name = $Prefix; domain_id = 'default' } }).project
    $run = [pscustomobject]@{
        Prefix = $Prefix; Member = "$Prefix-member"; ProjectId = $project.id; Password = $password; UserIds = @{}
        AuthUrl = Get-TestCloudSetting testcloud-admin auth_url
        Temp = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), $Prefix)
        Repository = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
        CloudsYaml = $null; PreviousConfigFile = $env:OS_CLIENT_CONFIG_FILE
        PublicKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO/FhThqQFRFIvcBByMM2ICi8DNoVKIN61xPNOn9wxMv help-examples'
    }
    $roles = @{}
    foreach ($role in (Invoke-OSApi identity roles).roles) { $roles[$role.name] = $role.id }
    foreach ($kind in 'member', 'admin') {
        $user = (Invoke-OSApi identity users -Method POST -Body @{ user = @{ name = "$Prefix-$kind"; password = $password; domain_id = 'default'; default_project_id = $project.id } }).user
        $run.UserIds[$kind] = $user.id
        foreach ($role in @('member') + @(if ($kind -eq 'admin') { 'admin' })) {
            $null = Invoke-OSApi identity "projects/$($project.id)/users/$($user.id)/roles/$($roles[$role])" -Method PUT
        }
    }
    # Twenty servers in one request is one of the examples.
    $null = Invoke-OSApi compute "os-quota-sets/$($project.id)" -Method PUT -Body @{ quota_set = @{ instances = 40; cores = 80; ram = 409600 } }
    $null = Invoke-OSApi volumev3 "os-quota-sets/$($project.id)" -Method PUT -Body @{ quota_set = @{ volumes = 40; snapshots = 40; gigabytes = 4000 } }

    $null = New-Item -ItemType Directory -Force $run.Temp
    $cloud = { param($user) @"
    auth_type: password
    auth:
      auth_url: $($run.AuthUrl)
      username: $Prefix-$user
      password: $password
      project_name: $Prefix
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    interface: public
"@ }
    $yaml = @('clouds:') + @(foreach ($name in 'helpex', 'mycloud', 'prod', 'lab') { "  ${name}:"; & $cloud member }) + @('  helpex-admin:'; & $cloud admin)
    $run.CloudsYaml = [System.IO.Path]::Combine($run.Temp, 'clouds.yaml')
    [System.IO.File]::WriteAllLines($run.CloudsYaml, [string[]]$yaml)
    if (-not $IsWindows) { [System.IO.File]::SetUnixFileMode($run.CloudsYaml, [System.IO.UnixFileMode]'UserRead, UserWrite') }
    $run
}

# The runspace the examples run in, signed in as the project's member, with the fixture functions loaded.
function Start-ExampleRunspace($Run) {
    $env:OS_CLIENT_CONFIG_FILE = $Run.CloudsYaml
    $folder = [System.IO.Path]::Combine($Run.Temp, 'home')
    $null = New-Item -ItemType Directory -Force $folder
    $runspace = New-ExampleRunspace $ModuleManifest $folder
    $runspace.SessionStateProxy.SetVariable('HelpEx', $Run)
    $prelude = [System.IO.Path]::Combine($PSScriptRoot, 'HelpExamples.Prelude.ps1')
    $started = Invoke-InExampleRunspace $runspace ". '$prelude'; Connect-OpenStack -Cloud helpex" -Global
    if ($started.Errors) { throw "The examples' runspace did not start: $($started.Errors -join '; ')" }
    $runspace
}

# Deletes everything the examples made in the project, then, as the admin, the fixtures' Sweep (flavors and the like,
# which belong to no project).
function Stop-ExampleRunspace($Runspace, $Fixtures) {
    $script = "Clear-FixtureProject`nConnect-OpenStack -Cloud helpex-admin`n$($Fixtures.Sweep)`nConnect-OpenStack -Cloud helpex"
    $swept = Invoke-InExampleRunspace $Runspace $script -Global -TimeoutSec 900
    $Runspace.Dispose()
    if ($swept.Errors) { Write-Warning "Cleaning up the help examples' project: $($swept.Errors -join '; ')" }
    $swept.Output
}

# Deletes the users and the project, the temporary folder, and restores OS_CLIENT_CONFIG_FILE.
function Remove-ExampleProject($Run) {
    foreach ($id in $Run.UserIds.Values) { Invoke-OSApi identity "users/$id" -Method DELETE -ErrorAction Continue }
    Invoke-OSApi identity "projects/$($Run.ProjectId)" -Method DELETE -ErrorAction Continue
    $env:OS_CLIENT_CONFIG_FILE = $Run.PreviousConfigFile
    Remove-Item -LiteralPath $Run.Temp -Recurse -Force -ErrorAction Continue
}

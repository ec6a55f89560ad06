namespace OpenStack.Runner
{
    /// <summary>
    /// The NuGet PowerShell engine has the Core cmdlets only. So that scripts written for pwsh run unchanged here,
    /// this defines small stand-ins for the common Utility/Management cmdlets, each only when the real one is missing.
    /// They cover the everyday parameters, not every one.
    /// </summary>
    public static class UtilityShims
    {
        public const string Script = @"
if (-not (Get-Command -Name 'Write-Host' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Write-Host {
    param([Parameter(Position = 0, ValueFromRemainingArguments = $true)] $Object, [switch] $NoNewline, $ForegroundColor, $BackgroundColor, $Separator = ' ')
    $text = (@($Object) | ForEach-Object { ""$_"" }) -join $Separator
    if ($NoNewline) { $Host.UI.Write($text) } else { $Host.UI.WriteLine($text) } }
}
if (-not (Get-Command -Name 'Write-Output' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Write-Output { param([Parameter(Position = 0, ValueFromPipeline = $true)] $InputObject, [switch] $NoEnumerate) process { $InputObject } }
}
if (-not (Get-Command -Name 'Write-Verbose' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Write-Verbose { [CmdletBinding()] param([Parameter(Position = 0, Mandatory = $true)] [string] $Message) $PSCmdlet.WriteVerbose($Message) }
}
if (-not (Get-Command -Name 'Write-Warning' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Write-Warning { [CmdletBinding()] param([Parameter(Position = 0, Mandatory = $true)] [string] $Message) $PSCmdlet.WriteWarning($Message) }
}
if (-not (Get-Command -Name 'Write-Debug' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Write-Debug { [CmdletBinding()] param([Parameter(Position = 0, Mandatory = $true)] [string] $Message) $PSCmdlet.WriteDebug($Message) }
}
if (-not (Get-Command -Name 'Write-Information' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Write-Information { [CmdletBinding()] param([Parameter(Position = 0)] $MessageData) $Host.UI.WriteLine(""$MessageData"") }
}
if (-not (Get-Command -Name 'Write-Error' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Write-Error {
    [CmdletBinding()] param([Parameter(Position = 0)] [string] $Message, [System.Management.Automation.ErrorRecord] $ErrorRecord,
      [System.Management.Automation.ErrorCategory] $Category = 'NotSpecified', [string] $ErrorId = 'ScriptError', $TargetObject)
    if (-not $ErrorRecord) { $ErrorRecord = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new($Message), $ErrorId, $Category, $TargetObject) }
    $PSCmdlet.WriteError($ErrorRecord) }
}
if (-not (Get-Command -Name 'Write-Progress' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Write-Progress { param([Parameter(Position = 0)] $Activity, [Parameter(Position = 1)] $Status, $PercentComplete, $Id, $ParentId, $CurrentOperation, $SecondsRemaining, [switch] $Completed) }
}
if (-not (Get-Command -Name 'Start-Sleep' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Start-Sleep {
    param([Parameter(Position = 0)] [double] $Seconds, [int] $Milliseconds)
    [System.Threading.Thread]::Sleep([int]($Seconds * 1000) + $Milliseconds) }
}
if (-not (Get-Command -Name 'Get-Content' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Get-Content {
    param([Parameter(Position = 0, Mandatory = $true)] [string] $Path, [switch] $Raw)
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
    if ($Raw) { [System.IO.File]::ReadAllText($full) } else { [System.IO.File]::ReadAllLines($full) } }
}
if (-not (Get-Command -Name 'Join-Path' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Join-Path { param([Parameter(Position = 0, Mandatory = $true)] [string] $Path, [Parameter(Position = 1, Mandatory = $true)] [string] $ChildPath) [System.IO.Path]::Combine($Path, $ChildPath) }
}
if (-not (Get-Command -Name 'Test-Path' -CommandType Cmdlet -ErrorAction Ignore)) {
  function global:Test-Path {
    param([Parameter(Position = 0, Mandatory = $true)] [string] $Path)
    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
    [System.IO.File]::Exists($full) -or [System.IO.Directory]::Exists($full) }
}
";
    }
}

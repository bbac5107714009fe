namespace Parley.Runs;

/// <summary>A progress report of a corpus run, sent after each file and each batch.</summary>
public readonly record struct RunProgress(int FilesDone, int FilesTotal, string? CurrentFile, int Articles, int Rejected);

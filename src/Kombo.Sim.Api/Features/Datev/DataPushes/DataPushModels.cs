namespace Kombo.Sim.Api.Features.Datev.DataPushes;

/// <summary><c>data</c> of GET /custom/datev/data-pushes (not paginated).</summary>
public sealed class DataPushListModel
{
    public IReadOnlyList<DataPushModel> DataPushes { get; set; } = [];
}

public sealed class DataPushModel
{
    public string Id { get; set; } = "";

    public string Type { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<UploadJobModel> UploadJobs { get; set; } = [];
}

public sealed class UploadJobModel
{
    public string Id { get; set; } = "";

    public string FileName { get; set; } = "";

    public string State { get; set; } = "";

    public string File { get; set; } = "";
}

/// <summary><c>data</c> of the push-data operations: the generated ASCII files.</summary>
public sealed class PushedFilesModel
{
    public IReadOnlyList<PushedFileModel> Files { get; set; } = [];
}

public sealed class PushedFileModel
{
    public string Name { get; set; } = "";

    public string Content { get; set; } = "";
}
